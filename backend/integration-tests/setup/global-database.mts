import { dirname, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { provideTestDatabase } from "@ocop/dev-stack"

const checkoutRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..")

/** Gives every test file the same PostgreSQL: named by env, or embedded for this run. */
export default async function setup() {
  const database = await provideTestDatabase(checkoutRoot)
  Object.assign(process.env, database.env, { MEDUSA_DISABLE_TELEMETRY: "true" })
  console.log(`backend tests use ${database.description}`)
  return () => database.stop()
}
