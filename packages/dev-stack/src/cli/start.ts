/**
 * `npm start`: one command from a fresh clone to a running system. Database (embedded unless
 * DATABASE_URL is set) → migrations → demo seed on an empty database → backend and every app in
 * this checkout → URLs and demo logins. Ctrl-C stops the apps, then the database.
 */
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { type Command, concurrently } from "concurrently"
import {
  ensureDatabase,
  listChannelKeys,
  needsDemoSeed,
  webStoreKey,
} from "../database/ensure-database.js"
import { runStep } from "../processes/run-step.js"
import { stopCommands } from "../processes/stop-commands.js"
import { waitForHttp } from "../processes/wait-for-http.js"
import { appEnv, discoverApps } from "../stack/apps.js"
import { readyBanner } from "../stack/banner.js"
import { openStackDatabase } from "../stack/database.js"
import { readDemoLogins } from "../stack/demo-logins.js"

const checkoutRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..")
const backendDir = join(checkoutRoot, "backend")
const medusaBin = join(checkoutRoot, "node_modules", ".bin", "medusa")

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
    await ensureDatabase(database.databaseUrl)
    const backendPort = Number(process.env.PORT || 9000)
    const backendEnv = {
      // the development stack: the admin is served from source by Vite (production runs the built
      // image, see backend/Dockerfile); a caller's NODE_ENV=test must not change that
      NODE_ENV: "development",
      DATABASE_URL: database.databaseUrl,
      PORT: String(backendPort),
      MEDUSA_DISABLE_TELEMETRY: "true",
    }
    await runStep({
      name: "migrate",
      command: `${medusaBin} db:migrate`,
      cwd: backendDir,
      env: backendEnv,
    })
    if (await needsDemoSeed(database.databaseUrl)) {
      await runStep({
        name: "seed",
        command: `${medusaBin} exec ./src/scripts/seed.ts`,
        cwd: backendDir,
        env: backendEnv,
      })
    } else {
      console.log("seed: demo data already present, not seeding again")
    }

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
        { name: "backend", command: `${medusaBin} start`, cwd: backendDir, env: backendEnv },
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
