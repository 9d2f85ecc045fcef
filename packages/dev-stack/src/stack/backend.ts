import { type ChildProcess, spawn } from "node:child_process"
import { createWriteStream, type WriteStream } from "node:fs"
import { createServer } from "node:net"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import {
  type ChannelKey,
  ensureDatabase,
  listChannelKeys,
  needsDemoSeed,
  webStoreKey,
} from "../database/ensure-database.js"
import { runStep } from "../processes/run-step.js"
import { waitForHttp } from "../processes/wait-for-http.js"

const checkoutRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..")
export const BACKEND_DIR = join(checkoutRoot, "backend")
/** Medusa's CLI as npm installs it for the workspaces. */
export const MEDUSA_BIN = join(checkoutRoot, "node_modules", ".bin", "medusa")

/** What a setup hook may do between the database being ready and the server starting. */
export interface BackendSetup {
  databaseUrl: string
  /** Runs one Medusa CLI command in backend/ with the backend's env, e.g. "exec ./x.ts". */
  medusa: (args: string) => Promise<void>
}

export interface StartBackendOptions {
  /** HTTP port of the server. */
  port: number
  /** Its database; created when it does not exist. */
  databaseUrl: string
  /** `medusa db:migrate` first (default true); off for a second instance on a migrated database. */
  migrate?: boolean
  /** The demo seed when the database holds no catalog yet (default true). */
  seed?: boolean
  /** Runs after migrations and seed, before the server starts (admin users, fixtures…). */
  setup?: (backend: BackendSetup) => Promise<void>
  /**
   * `development` (default) or any other NODE_ENV (`production`, `staging`…: then the env must
   * bring real secrets, and the seed creates no demo admin).
   */
  nodeEnv?: string
  /** Serve the admin dashboard (default false: it costs a Vite compile on first load). */
  admin?: boolean
  /** Where `medusa start` runs: backend/ (default) or a build such as backend/.medusa/server. */
  serverDir?: string
  /** More variables for every step and the server (REDIS_URL, MEDUSA_WORKER_MODE, …). */
  env?: Record<string, string | undefined>
  /** Also write the server's output to this file. */
  logFile?: string
  /** How long the server may take to answer /health (default 300 s). */
  timeoutMs?: number
}

export interface RunningBackend {
  url: string
  port: number
  databaseUrl: string
  /** The publishable key of each sales channel (empty without the seed). */
  publishableKeys: ChannelKey[]
  /** The web store's key (the store's default channel), null when there is none. */
  webStoreKey: string | null
  /** The server's output so far (its last 2 MB). */
  output: () => string
  /** Stops the server (SIGTERM to its process group, SIGKILL after 15 s). */
  stop: () => Promise<void>
}

const OUTPUT_LIMIT = 2_000_000

/** The backend's environment under `npm start`. */
export function stackBackendEnv(options: {
  databaseUrl: string
  port: number
  env?: NodeJS.ProcessEnv
}): Record<string, string> {
  const env = options.env ?? process.env
  return {
    // the development stack: the admin is served from source by Vite (production runs the built
    // image, see backend/Dockerfile); a caller's NODE_ENV=test must not change that
    NODE_ENV: "development",
    DATABASE_URL: options.databaseUrl,
    PORT: String(options.port),
    MEDUSA_DISABLE_TELEMETRY: "true",
    // The storefront renders on the server, calls the backend from this machine and names each
    // shopper in X-Forwarded-For: believe that header from this machine only, so the abuse limits
    // count shoppers (not one storefront) and nobody on the network can choose their address.
    TRUST_PROXY: env.TRUST_PROXY || "loopback",
  }
}

export interface PrepareBackendOptions {
  databaseUrl: string
  /**
   * The backend's environment; the steps run with it, NODE_ENV included (development when unset),
   * so that outside development the server's secrets are checked and the seed leaves out the
   * demo admin, whose password is public.
   */
  env: Record<string, string | undefined>
  migrate?: boolean
  seed?: boolean
  setup?: StartBackendOptions["setup"]
  /** Prefix of the steps' output lines. */
  label?: string
}

/**
 * The database side of a backend: created when missing, migrated, seeded with the demo catalog
 * when it holds none, then the caller's setup. Shared by `npm start` and startBackend().
 */
export async function prepareBackendDatabase(options: PrepareBackendOptions): Promise<void> {
  const stepEnv = { NODE_ENV: "development", ...options.env }
  const prefix = options.label ? `${options.label} ` : ""
  const medusa = (args: string, name = args.split(" ")[0]) =>
    runStep({
      name: `${prefix}${name}`,
      command: `${MEDUSA_BIN} ${args}`,
      cwd: BACKEND_DIR,
      env: stepEnv,
    })
  await ensureDatabase(options.databaseUrl)
  if (options.migrate ?? true) await medusa("db:migrate", "migrate")
  if (options.seed ?? true) {
    if (await needsDemoSeed(options.databaseUrl)) await medusa("exec ./src/scripts/seed.ts", "seed")
    else console.log("seed: demo data already present, not seeding again")
  }
  await options.setup?.({ databaseUrl: options.databaseUrl, medusa: (args) => medusa(args) })
}

/**
 * Boots one backend the way tests, benchmarks and the apps' e2e need it: the database created,
 * migrated and seeded, `medusa start` on the given port, and /health answering. Several instances
 * can share one database (and one Redis through `env.REDIS_URL`): start the second with
 * `migrate: false, seed: false`. The caller drops the database when it is a scratch one.
 */
export async function startBackend(options: StartBackendOptions): Promise<RunningBackend> {
  const url = `http://localhost:${options.port}`
  const env: Record<string, string | undefined> = {
    ...process.env,
    NODE_ENV: options.nodeEnv ?? "development",
    DATABASE_URL: options.databaseUrl,
    PORT: String(options.port),
    MEDUSA_BACKEND_URL: url,
    MEDUSA_DISABLE_TELEMETRY: "true",
    // the dashboard and the API share this origin; apps on other origins add theirs through env
    STORE_CORS: url,
    ADMIN_CORS: url,
    AUTH_CORS: url,
    DISABLE_MEDUSA_ADMIN: options.admin ? "false" : "true",
    // a test runner's hooks (ts-node, vitest) are for its own process, not for the server
    NODE_OPTIONS: "",
    ...options.env,
  }
  // a server already on the port would answer /health for one that failed to start
  await assertPortFree(options.port)
  await prepareBackendDatabase({
    databaseUrl: options.databaseUrl,
    env,
    migrate: options.migrate,
    seed: options.seed,
    setup: options.setup,
    label: String(options.port),
  })

  const server = launch(options.serverDir ?? BACKEND_DIR, env, options.logFile)
  const exited = new Promise<never>((_, reject) =>
    server.child.once("exit", (code, signal) =>
      reject(
        new Error(
          `the backend on port ${options.port} exited (${signal ?? `code ${code}`}) before answering /health:\n${server.output().slice(-4000)}`
        )
      )
    )
  )
  exited.catch(() => {})
  try {
    await Promise.race([
      waitForHttp(`${url}/health`, { timeoutMs: options.timeoutMs ?? 300_000 }),
      exited,
    ])
  } catch (error) {
    await server.stop()
    throw error
  }
  return {
    url,
    port: options.port,
    databaseUrl: options.databaseUrl,
    publishableKeys: await listChannelKeys(options.databaseUrl),
    webStoreKey: await webStoreKey(options.databaseUrl),
    output: server.output,
    stop: server.stop,
  }
}

function launch(cwd: string, env: Record<string, string | undefined>, logFile?: string) {
  // its own process group, so that stopping it also stops whatever it started
  const child: ChildProcess = spawn(MEDUSA_BIN, ["start"], {
    cwd,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  })
  let output = ""
  const log: WriteStream | undefined = logFile ? createWriteStream(logFile) : undefined
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-OUTPUT_LIMIT)
    log?.write(chunk)
  }
  child.stdout?.on("data", keep)
  child.stderr?.on("data", keep)

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
      const group = -child.pid
      const gone = new Promise((done) => child.once("exit", done))
      signal(group, "SIGTERM")
      const timer = setTimeout(() => signal(group, "SIGKILL"), 15_000)
      await gone
      clearTimeout(timer)
    }
    await new Promise<void>((done) => (log ? log.end(done) : done()))
  }
  return { child, output: () => output, stop }
}

function signal(group: number, name: NodeJS.Signals) {
  try {
    process.kill(group, name)
  } catch {
    // the group is already gone
  }
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          error.code === "EADDRINUSE"
            ? `port ${port} is already in use: stop what runs there or choose another port`
            : `port ${port} cannot be used: ${error.message}`
        )
      )
    )
    probe.listen(port, () => probe.close(() => resolve()))
  })
}
