import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { provideTestDatabase, runStep } from "@ocop/dev-stack"

const posDir = fileURLToPath(new URL("..", import.meta.url))

/**
 * Once per run: a PostgreSQL for the files' scratch databases (named by env, or embedded on
 * EMBEDDED_TEST_PG_PORT) and a production build of the till (the service worker only exists in
 * a build; `vite preview` serves it).
 */
export default async function setup() {
  const database = await provideTestDatabase(join(posDir, ".."))
  Object.assign(process.env, database.env, { MEDUSA_DISABLE_TELEMETRY: "true" })
  if (!process.env.POS_E2E_SKIP_BUILD) {
    await runStep({
      name: "pos-build",
      command: "npx vite build",
      cwd: posDir,
      env: { NODE_OPTIONS: "" },
    })
  }
  return () => database.stop()
}
