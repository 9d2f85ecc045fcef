// `npm start` of the storefront (what the root `npm start` runs): build for production, then serve.
// The backend URL and publishable key come from the environment at run time, never from the build.
import { spawnSync } from "node:child_process"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const missing = ["MEDUSA_BACKEND_URL", "MEDUSA_PUBLISHABLE_KEY"].filter(
  (name) => !process.env[name]
)
if (missing.length > 0) {
  console.error(
    `storefront: ${missing.join(" and ")} not set. The storefront needs the backend's URL and the web store's publishable key (the root \`npm start\` passes both).`
  )
  process.exit(1)
}
const env = { ...process.env, NODE_ENV: "production" }
const build = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit", env })
if (build.status !== 0) process.exit(build.status ?? 1)
// The server replaces this process's work; signals reach it through the shared process group.
const server = spawnSync(process.execPath, ["server.mjs"], { cwd: root, stdio: "inherit", env })
process.exit(server.status ?? 0)
