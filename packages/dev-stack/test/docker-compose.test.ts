import { readFileSync } from "node:fs"
import { join } from "node:path"
import { parse } from "yaml"

/** No Docker engine runs here, so the deployment file is checked by reading it. */
const checkoutRoot = join(__dirname, "..", "..", "..")
// merge: compose files use YAML merge keys (<<: *anchor) for the shared backend environment
const compose = parse(readFileSync(join(checkoutRoot, "docker-compose.yml"), "utf8"), {
  merge: true,
})
const services = compose.services as Record<string, Record<string, unknown>>
const env = (name: string) => (services[name]?.environment ?? {}) as Record<string, string>

describe("docker-compose.yml", () => {
  it("has the database, cache, a server, a worker and both apps", () => {
    expect(Object.keys(services)).toEqual(
      expect.arrayContaining([
        "postgres",
        "redis",
        "backend",
        "backend-worker",
        "storefront",
        "pos",
      ])
    )
    expect(services.postgres?.image).toBe("postgres:17")
    expect(services.redis?.image).toBe("redis:7")
  })

  it("runs one backend image in server and worker mode against the same database and Redis", () => {
    expect(services.backend?.image).toBe(services["backend-worker"]?.image)
    expect(env("backend").MEDUSA_WORKER_MODE).toBe("server")
    expect(env("backend-worker").MEDUSA_WORKER_MODE).toBe("worker")
    for (const name of ["backend", "backend-worker"]) {
      expect(env(name).DATABASE_URL).toMatch(/@postgres:5432\//)
      expect(env(name).REDIS_URL).toBe("redis://redis:6379")
      expect(env(name).NODE_ENV).toBe("production")
      // secrets must come from the operator, never a default
      expect(env(name).JWT_SECRET).toMatch(/^\$\{JWT_SECRET:\?/)
      expect(env(name).COOKIE_SECRET).toMatch(/^\$\{COOKIE_SECRET:\?/)
      // production refuses to start without the shop's VietQR account, webhook and seal secrets
      for (const variable of [
        "VIETQR_BANK_BIN",
        "VIETQR_ACCOUNT_NUMBER",
        "VIETQR_ACCOUNT_NAME",
        "VIETQR_WEBHOOK_SECRET",
        "VIETQR_SEAL_SECRET",
      ]) {
        expect(env(name)[variable]).toMatch(new RegExp(`^\\$\\{${variable}:\\?`))
      }
    }
  })

  it("publishes the API through its load balancer and the apps on their ports, not the worker", () => {
    expect(services.lb?.ports).toEqual(["9000:80"])
    expect(services.backend?.ports).toBeUndefined()
    expect(services["backend-worker"]?.ports).toBeUndefined()
    expect(services.storefront?.ports).toEqual(["5173:80"])
    expect(services.pos?.ports).toEqual(["5174:80"])
  })

  it("gives the storefront its backend and publishable key at run time, not at build time", () => {
    const storefront = services.storefront as { build?: { args?: unknown } }
    expect(storefront.build?.args).toBeUndefined()
    expect(env("storefront").MEDUSA_BACKEND_URL).toBe("http://backend:9000")
    expect(env("storefront").MEDUSA_PUBLISHABLE_KEY).toMatch(/^\$\{STOREFRONT_PUBLISHABLE_KEY/)
  })

  it("lets the server replicas believe exactly the one hop in front of them for the client's address", () => {
    expect(env("backend").TRUST_PROXY).toBe("1")
    expect(env("backend-worker").TRUST_PROXY).toBeUndefined()
    const nginx = (compose.configs as Record<string, { content: string }>)["lb-nginx"]?.content
    // compose turns $$ into $: nginx appends the caller to X-Forwarded-For and re-resolves replicas
    expect(nginx).toMatch(/X-Forwarded-For \$\$proxy_add_x_forwarded_for;/)
    expect(nginx).toMatch(/proxy_pass \$\$api;/)
    expect(nginx).toMatch(/resolver 127\.0\.0\.11 valid=10s/)
  })

  it("lets the storefront name its shoppers to the backend as the one hop the replicas believe", () => {
    // direct to the replicas: through `lb` the storefront would be a second hop and not believed
    expect(env("storefront").MEDUSA_BACKEND_URL).toBe("http://backend:9000")
    // shoppers reach the storefront with no proxy in front unless the operator says otherwise
    expect(env("storefront").TRUST_PROXY).toBe("${STOREFRONT_TRUST_PROXY:-false}")
  })

  it("migrates once before the server and worker start", () => {
    expect(services.migrate?.command).toEqual(["npx", "medusa", "db:migrate"])
    for (const name of ["backend", "backend-worker"]) {
      const dependsOn = (services[name]?.depends_on ?? {}) as Record<string, { condition: string }>
      expect(dependsOn.migrate).toEqual({ condition: "service_completed_successfully" })
    }
  })

  it("gives every long-running service a healthcheck and keeps data in named volumes", () => {
    for (const name of [
      "postgres",
      "redis",
      "backend",
      "lb",
      "backend-worker",
      "storefront",
      "pos",
    ]) {
      expect(services[name]?.healthcheck, name).toBeDefined()
    }
    expect(Object.keys(compose.volumes)).toEqual(["postgres-data", "redis-data"])
    expect(services.postgres?.volumes).toEqual(["postgres-data:/var/lib/postgresql/data"])
  })
})
