import { rm } from "node:fs/promises"
import { postgresDataDir } from "./data-dir.js"
import { EMBEDDED_PASSWORD, EMBEDDED_USER, startEmbeddedPostgres } from "./embedded-postgres.js"

export const DEFAULT_TEST_PG_PORT = 54339

/**
 * Medusa's test runner connects through DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD and creates its
 * own databases. It turns SSL on for any host but "localhost", which hangs against a local server,
 * so a loopback address is always rewritten to "localhost".
 */
export function testDatabaseEnvFromUrl(databaseUrl: string): Record<string, string> {
  const url = new URL(databaseUrl)
  const loopback = ["127.0.0.1", "::1", "[::1]"].includes(url.hostname)
  return {
    DB_HOST: loopback ? "localhost" : url.hostname,
    DB_PORT: url.port || "5432",
    DB_USERNAME: decodeURIComponent(url.username || "postgres"),
    DB_PASSWORD: decodeURIComponent(url.password),
  }
}

export interface TestDatabase {
  description: string
  env: Record<string, string>
  stop: () => Promise<void>
}

/**
 * The PostgreSQL the backend tests run against: the one named by DATABASE_URL or DB_HOST, or an
 * embedded throwaway cluster started for this run.
 */
export async function provideTestDatabase(
  checkoutRoot: string,
  env: NodeJS.ProcessEnv = process.env
): Promise<TestDatabase> {
  if (env.DATABASE_URL) {
    return {
      description: "PostgreSQL from DATABASE_URL",
      env: testDatabaseEnvFromUrl(env.DATABASE_URL),
      stop: async () => {},
    }
  }
  if (env.DB_HOST) {
    const host = env.DB_HOST === "127.0.0.1" ? "localhost" : env.DB_HOST
    return {
      description: `PostgreSQL at ${host} from DB_HOST`,
      env: { DB_HOST: host },
      stop: async () => {},
    }
  }
  const port = Number(env.EMBEDDED_TEST_PG_PORT || DEFAULT_TEST_PG_PORT)
  const dir = postgresDataDir(checkoutRoot, `postgres-test-${port}`)
  await rm(dir, { recursive: true, force: true })
  const server = await startEmbeddedPostgres({ dataDir: dir, port, persistent: false })
  return {
    description: `embedded PostgreSQL on port ${port} for this run`,
    env: {
      DB_HOST: "localhost",
      DB_PORT: String(port),
      DB_USERNAME: EMBEDDED_USER,
      DB_PASSWORD: EMBEDDED_PASSWORD,
    },
    stop: server.stop,
  }
}

/**
 * A URL for a scratch database on the server the backend tests use (DB_* as set by the global
 * setup), for tests that boot their own Medusa processes instead of Medusa's runner.
 */
export function scratchDatabaseUrl(name: string, env: NodeJS.ProcessEnv = process.env): string {
  const user = encodeURIComponent(env.DB_USERNAME || "postgres")
  const password = env.DB_PASSWORD ? `:${encodeURIComponent(env.DB_PASSWORD)}` : ""
  const host = env.DB_HOST || "localhost"
  return `postgres://${user}${password}@${host}:${env.DB_PORT || 5432}/${name}`
}
