import { join } from "node:path"
import { dropDatabase } from "../src/database/ensure-database.js"
import {
  provideTestDatabase,
  scratchDatabaseUrl,
  type TestDatabase,
} from "../src/database/test-database.js"
import { type RunningBackend, startBackend } from "../src/stack/backend.js"

/**
 * startBackend() is what every e2e test and the bench boot their backend with: one real backend,
 * migrated and seeded, on a scratch database of the test PostgreSQL.
 */
const checkoutRoot = join(__dirname, "..", "..", "..")
// each engineer's checkout runs this on its own two ports ("9101,9111")
const [port, secondPort] = (process.env.START_BACKEND_TEST_PORTS || "9351,9352")
  .split(",")
  .map(Number) as [number, number]

describe("startBackend", () => {
  let database: TestDatabase
  let url = ""
  let backend: RunningBackend | undefined

  beforeAll(async () => {
    database = await provideTestDatabase(checkoutRoot)
    url = scratchDatabaseUrl(`ocop_start_backend_${Date.now()}`, database.env)
    backend = await startBackend({ port, databaseUrl: url })
  })

  afterAll(async () => {
    await backend?.stop()
    await dropDatabase(url)
    await database.stop()
  })

  it("answers on its port with the seeded catalog and names each channel's key", async () => {
    if (!backend) throw new Error("backend did not start")
    expect(backend.url).toBe(`http://localhost:${port}`)
    expect(backend.publishableKeys.length).toBeGreaterThan(1)
    expect(backend.webStoreKey).toMatch(/^pk_/)
    const listing = await fetch(`${backend.url}/store/ocop/products?limit=1`, {
      headers: { "x-publishable-api-key": backend.webStoreKey ?? "" },
    })
    expect(listing.status).toBe(200)
    expect(((await listing.json()) as { count: number }).count).toBeGreaterThan(0)
    expect(backend.output()).toMatch(/Server is ready/)
  })

  it("refuses a port that is taken instead of mistaking its server for the new one", async () => {
    await expect(
      startBackend({ port, databaseUrl: url, migrate: false, seed: false })
    ).rejects.toThrow(`port ${port} is already in use`)
  })

  it("fails with the server's output when the server exits before answering", async () => {
    await expect(
      startBackend({
        port: secondPort,
        databaseUrl: url,
        migrate: false,
        seed: false,
        env: { MEDUSA_WORKER_MODE: "sideways" },
      })
    ).rejects.toThrow(/exited .* before answering \/health[\s\S]*MEDUSA_WORKER_MODE must be/)
  })

  it("stop() ends the server: its port no longer answers", async () => {
    if (!backend) throw new Error("backend did not start")
    await backend.stop()
    await expect(fetch(`${backend.url}/health`)).rejects.toThrow()
  })
})
