import { splitDatabaseUrl } from "../src/database/ensure-database.js"
import { testDatabaseEnvFromUrl } from "../src/database/test-database.js"

describe("database URLs", () => {
  it("splits a URL into the maintenance database and the name to create", () => {
    expect(splitDatabaseUrl("postgres://u:p@db.example:6543/ocop_commerce")).toEqual({
      serverUrl: "postgres://u:p@db.example:6543/postgres",
      database: "ocop_commerce",
    })
  })

  it("refuses a URL without a database name", () => {
    expect(() => splitDatabaseUrl("postgres://localhost:5432")).toThrow(/names no database/)
  })

  it("rewrites loopback addresses to localhost for Medusa's test runner (no SSL)", () => {
    expect(testDatabaseEnvFromUrl("postgres://postgres@127.0.0.1:5432/x")).toEqual({
      DB_HOST: "localhost",
      DB_PORT: "5432",
      DB_USERNAME: "postgres",
      DB_PASSWORD: "",
    })
  })

  it("keeps remote hosts and decodes credentials", () => {
    expect(testDatabaseEnvFromUrl("postgres://app%40x:s%3Acret@pg.internal/db")).toEqual({
      DB_HOST: "pg.internal",
      DB_PORT: "5432",
      DB_USERNAME: "app@x",
      DB_PASSWORD: "s:cret",
    })
  })
})
