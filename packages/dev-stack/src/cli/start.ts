/**
 * `npm start`: one command from a fresh clone to a running system. Database (embedded unless
 * DATABASE_URL is set) → migrations → demo seed on an empty database → backend and every app in
 * this checkout → URLs and demo logins. Ctrl-C stops the apps, then the database.
 *
 * Run as `node --import tsx`, not through the tsx CLI: the CLI relays Ctrl-C to its child and
 * SIGKILLs it when the child has not acknowledged the signal within ~60 ms, which a busy stack on a
 * loaded machine often has not; the backend and apps were then orphaned, still running.
 */
import { dirname, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { type Command, concurrently } from "concurrently"
import { listChannelKeys, webStoreKey } from "../database/ensure-database.js"
import { stopCommands } from "../processes/stop-commands.js"
import { waitForHttp } from "../processes/wait-for-http.js"
import { appEnv, discoverApps } from "../stack/apps.js"
import {
  BACKEND_DIR,
  MEDUSA_BIN,
  prepareBackendDatabase,
  stackBackendEnv,
} from "../stack/backend.js"
import { readyBanner } from "../stack/banner.js"
import { openStackDatabase } from "../stack/database.js"
import { readDemoLogins } from "../stack/demo-logins.js"

const checkoutRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..")

async function main() {
  const startedAt = Date.now()
  const database = await openStackDatabase(checkoutRoot)
  let stopping = false
  let running: Command[] = []

  const stopEverything = async (exitCode: number) => {
    if (stopping) return
    stopping = true
    await stopCommands(running)
    await database.stop()
    process.exit(exitCode)
  }
  process.on("SIGINT", () => void stopEverything(0))
  process.on("SIGTERM", () => void stopEverything(0))

  try {
    console.log(`database: ${database.description}`)
    const backendPort = Number(process.env.PORT || 9000)
    const backendEnv = stackBackendEnv({ databaseUrl: database.databaseUrl, port: backendPort })
    await prepareBackendDatabase({ databaseUrl: database.databaseUrl, env: backendEnv })

    const backendUrl = `http://localhost:${backendPort}`
    const apps = discoverApps(checkoutRoot)
    const storefrontKey = await webStoreKey(database.databaseUrl)
    if (!storefrontKey && apps.present.some((app) => app.label === "storefront")) {
      console.error(
        "storefront: the store's default sales channel has no publishable key; the storefront will refuse to start (create one in Medusa Admin → Settings → Publishable API keys)"
      )
    }
    const { commands, result } = concurrently(
      [
        { name: "backend", command: `exec ${MEDUSA_BIN} start`, cwd: BACKEND_DIR, env: backendEnv },
        ...apps.present.map((app) => ({
          name: app.label,
          command: "npm start",
          cwd: app.dir,
          env: appEnv(app, backendUrl, storefrontKey),
        })),
      ],
      { prefix: "name", killOthersOn: ["failure", "success"], handleInput: false }
    )
    running = commands
    result.catch(() => {
      if (!stopping) {
        console.error("an app stopped unexpectedly; stopping everything")
        void stopEverything(1)
      }
    })

    // first start compiles the admin dashboard with Vite: slow on a busy machine
    await waitForHttp(`${backendUrl}/health`, { timeoutMs: 300_000 })
    await Promise.all(apps.present.map((app) => waitForHttp(app.url)))
    console.log(
      readyBanner({
        seconds: (Date.now() - startedAt) / 1000,
        database: database.description,
        backendUrl,
        apps: apps.present,
        missingApps: apps.missing,
        logins: readDemoLogins(checkoutRoot),
        channelKeys: await listChannelKeys(database.databaseUrl),
      })
    )
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    await stopEverything(1)
  }
}

void main()
