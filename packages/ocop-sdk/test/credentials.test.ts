import { existsSync } from "node:fs"
import { createServer, type IncomingHttpHeaders, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { join } from "node:path"
import { launchChromium } from "@ocop/dev-stack"
import { build } from "esbuild"
import type { Browser } from "playwright-core"
import { createOcopClient } from "../src/index.js"

/**
 * Each area of the API authenticates differently: the store by publishable key, the dashboard's
 * admin calls by its session cookie, a signed-in clerk by bearer token, a server job by secret key.
 * A local HTTP server (the boundary) records what each client really sends; the cookie case runs
 * in Chromium on the ESM build, because only a browser keeps and sends cookies.
 */

interface Seen {
  path: string
  headers: IncomingHttpHeaders
}

/** What the page runs: a widget's admin call and a shop's store call, on the same origin. */
const PAGE_SCRIPT = `
import { createOcopClient } from "/sdk.mjs"
try {
  // baseUrl "/" is how the dashboard's widgets name their own origin
  const dashboard = createOcopClient({ baseUrl: "/", auth: { type: "session" } })
  await dashboard.admin.retrieveProduct("prod_01")
  const shop = createOcopClient({ baseUrl: "/", publishableKey: "pk_web" })
  await shop.store.listProducts({ limit: 1 })
  document.title = "done"
} catch (error) {
  document.title = "failed: " + error
}
`

const SESSION_COOKIE = "connect.sid=s%3Asession-under-test"
const distEsm = join(__dirname, "..", "dist", "index.mjs")
const seen: Seen[] = []
let server: Server
let baseUrl = ""
let browserBundle = ""

const lastTo = (path: string) => {
  const request = seen.filter((entry) => entry.path === path).at(-1)
  if (!request) throw new Error(`no request reached ${path}`)
  return request.headers
}

beforeAll(async () => {
  if (!existsSync(distEsm)) throw new Error(`${distEsm} is missing: run npm run build -w @ocop/sdk`)
  // The ESM build as a browser gets it from a bundler: its own imports resolved, nothing else.
  const bundled = await build({
    entryPoints: [distEsm],
    bundle: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
  })
  browserBundle = bundled.outputFiles[0]?.text ?? ""

  server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname
    if (path === "/") {
      // what Medusa's session middleware does after the dashboard's sign-in
      res.setHeader("set-cookie", `${SESSION_COOKIE}; Path=/; HttpOnly; SameSite=Lax`)
      res.setHeader("content-type", "text/html")
      res.end(
        `<!doctype html><title>dashboard</title><script type="module">${PAGE_SCRIPT}</script>`
      )
      return
    }
    if (path === "/sdk.mjs") {
      res.setHeader("content-type", "text/javascript")
      res.end(browserBundle)
      return
    }
    seen.push({ path, headers: req.headers })
    res.setHeader("content-type", "application/json")
    res.end("{}")
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe("in Node", () => {
  it("the store area sends the publishable key and no credentials", async () => {
    const client = createOcopClient({ baseUrl, publishableKey: "pk_web" })
    await client.store.retrieveProducer("htx-quyt-vang")
    const headers = lastTo("/store/ocop/producers/htx-quyt-vang")
    expect(headers["x-publishable-api-key"]).toBe("pk_web")
    expect(headers.authorization).toBeUndefined()
  })

  it("a signed-in clerk's calls carry the bearer token the sign-in returned", async () => {
    const client = createOcopClient({
      baseUrl,
      publishableKey: "pk_booth",
      auth: { type: "jwt", jwtTokenStorageMethod: "memory" },
    })
    await client.medusa.client.setToken("clerk-token")
    await client.pos.me()
    const headers = lastTo("/pos/me")
    expect(headers.authorization).toBe("Bearer clerk-token")
    expect(headers["x-publishable-api-key"]).toBe("pk_booth")
  })

  it("a server job reaches the admin area with a secret API key (Basic), no cookie", async () => {
    const client = createOcopClient({ baseUrl, apiKey: "sk_job" })
    await client.admin.listExpiringCertificates({ expiring_within_days: 30 })
    const headers = lastTo("/admin/ocop/certificates")
    expect(headers.authorization).toBe(`Basic ${Buffer.from("sk_job:").toString("base64")}`)
    expect(headers.cookie).toBeUndefined()
  })

  it("the admin area in session mode sends no token of its own", async () => {
    const client = createOcopClient({ baseUrl, auth: { type: "session" } })
    await client.admin.reference()
    const headers = lastTo("/admin/ocop/reference")
    expect(headers.authorization).toBeUndefined()
    expect(headers["x-publishable-api-key"]).toBeUndefined()
  })
})

describe("in Chromium, on the ESM build", () => {
  let browser: Browser | undefined

  beforeAll(async () => {
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it("session mode sends the dashboard's cookie; publishable-key mode keeps it to itself", async () => {
    if (!browser) throw new Error("Chromium did not start")
    const page = await browser.newPage()
    await page.goto(`${baseUrl}/`)
    const outcome = await page.waitForFunction(() => document.title !== "dashboard")
    expect(await outcome.jsonValue()).toBe(true)
    expect(await page.title()).toBe("done")
    await page.close()

    const admin = lastTo("/admin/ocop/products/prod_01")
    expect(admin.cookie).toBe(SESSION_COOKIE)
    expect(admin.authorization).toBeUndefined()

    const store = lastTo("/store/ocop/products")
    expect(store["x-publishable-api-key"]).toBe("pk_web")
    expect(store.cookie).toBeUndefined()
  })
})
