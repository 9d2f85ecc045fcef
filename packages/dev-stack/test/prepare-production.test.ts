import { randomBytes } from "node:crypto"
import { join } from "node:path"
import pg from "pg"
import demoLogins from "../../../backend/src/scripts/demo-logins.json"
import { dropDatabase, needsDemoSeed } from "../src/database/ensure-database.js"
import {
  provideTestDatabase,
  scratchDatabaseUrl,
  type TestDatabase,
} from "../src/database/test-database.js"
import { prepareBackendDatabase } from "../src/stack/backend.js"

const checkoutRoot = join(__dirname, "..", "..", "..")
const secret = () => randomBytes(24).toString("hex")

/**
 * A backend prepared for production (what the bench runs) gets the demo catalog but never the
 * demo admin, whose password is printed by `npm start` and published in this repository.
 */
describe("prepareBackendDatabase outside development", () => {
  let database: TestDatabase
  let url = ""

  beforeAll(async () => {
    database = await provideTestDatabase(checkoutRoot)
    url = scratchDatabaseUrl(`ocop_prepare_production_${Date.now()}`, database.env)
  })

  afterAll(async () => {
    await dropDatabase(url)
    await database.stop()
  })

  it("migrates and seeds the demo catalog without the demo admin", async () => {
    await prepareBackendDatabase({
      databaseUrl: url,
      env: {
        ...process.env,
        NODE_ENV: "production",
        NODE_OPTIONS: "",
        DATABASE_URL: url,
        MEDUSA_DISABLE_TELEMETRY: "true",
        JWT_SECRET: secret(),
        COOKIE_SECRET: secret(),
        VIETQR_BANK_BIN: "970436",
        VIETQR_ACCOUNT_NUMBER: "1234567890",
        VIETQR_ACCOUNT_NAME: "OCOP TEST",
        VIETQR_WEBHOOK_SECRET: secret(),
        VIETQR_SEAL_SECRET: secret(),
      },
    })
    expect(await needsDemoSeed(url)).toBe(false)
    const admin = demoLogins.find((login) => login.label === "admin")
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      const users = await client.query('SELECT email FROM "user" WHERE deleted_at IS NULL')
      expect(users.rows.map((row) => row.email)).not.toContain(admin?.username)
      const products = await client.query("SELECT count(*)::int AS n FROM product")
      expect(products.rows[0].n).toBeGreaterThan(0)
    } finally {
      await client.end()
    }
  })
})
