import { type ChildProcess, spawn } from "node:child_process"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { dropDatabase, scratchDatabaseUrl, startBackend, waitForHttp } from "@ocop/dev-stack"

export const posDir = fileURLToPath(new URL("../..", import.meta.url))
const checkoutRoot = join(posDir, "..")
const backendDir = join(checkoutRoot, "backend")
const viteBin = join(checkoutRoot, "node_modules", ".bin", "vite")

export interface DemoLogin {
  label: string
  username: string
  password: string
  register?: string
  role?: "clerk" | "manager"
}

/** The seed's demo accounts: the admin who pairs the tablet and each register's PINs. */
export function demoLogins(): DemoLogin[] {
  return JSON.parse(
    readFileSync(join(backendDir, "src", "scripts", "demo-logins.json"), "utf8")
  ) as DemoLogin[]
}

export interface PosStack {
  appUrl: string
  backendUrl: string
  log: () => string
  stop: () => Promise<void>
}

export interface PosStackOptions {
  /** `medusa exec` scripts run after the seed (paths relative to backend/). */
  afterSeed?: string[]
  /** More variables for those scripts and the server (SCALE_PRODUCTS, …). */
  env?: Record<string, string>
  /** Also write the backend's output here. */
  logFile?: string
}

/** The built till on `vite preview`, proxying the API paths to the backend (same origin). */
export async function startPreview(backendUrl: string, port: number, sink: (text: string) => void) {
  const child: ChildProcess = spawn(
    viteBin,
    ["preview", "--host", "127.0.0.1", "--port", String(port), "--strictPort"],
    {
      cwd: posDir,
      env: { ...process.env, VITE_BACKEND_URL: backendUrl, NODE_OPTIONS: "" },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    }
  )
  child.stdout?.on("data", (chunk: Buffer) => sink(chunk.toString()))
  child.stderr?.on("data", (chunk: Buffer) => sink(chunk.toString()))
  const url = `http://localhost:${port}`
  await waitForHttp(url, { timeoutMs: 60_000 })
  const stop = async () => {
    if (!child.pid || child.exitCode !== null) return
    const exited = new Promise((resolve) => child.once("exit", resolve))
    process.kill(-child.pid, "SIGTERM")
    const timer = setTimeout(() => child.pid && process.kill(-child.pid, "SIGKILL"), 15_000)
    await exited
    clearTimeout(timer)
  }
  return { url, stop }
}

/**
 * One real backend through the team's startBackend() (a scratch database migrated and seeded
 * with the demo data, which creates the registers and their clerks; then `afterSeed` scripts)
 * and the built till on `vite preview`. Ports are this engineer's: backend POS_E2E_BACKEND_PORT
 * (9105), app POS_E2E_APP_PORT (5186). `stop()` ends both and drops the database.
 */
export async function startPosStack(
  name: string,
  options: PosStackOptions = {}
): Promise<PosStack> {
  const backendPort = Number(process.env.POS_E2E_BACKEND_PORT || 9105)
  const appPort = Number(process.env.POS_E2E_APP_PORT || 5186)
  const appUrl = `http://localhost:${appPort}`
  // POS_E2E_DB_PREFIX: one engineer's databases on a shared server carry their own prefix
  const prefix = process.env.POS_E2E_DB_PREFIX || "ocop_e2e_"
  const databaseUrl = scratchDatabaseUrl(`${prefix}${name}_${Date.now()}`)
  const backend = await startBackend({
    port: backendPort,
    databaseUrl,
    logFile: options.logFile,
    env: {
      // the till calls its own origin (vite preview proxies); direct calls need CORS
      ADMIN_CORS: `${appUrl},http://localhost:${backendPort}`,
      AUTH_CORS: `${appUrl},http://localhost:${backendPort}`,
      STORE_CORS: appUrl,
      ...options.env,
    },
    setup: async ({ medusa }) => {
      for (const script of options.afterSeed ?? []) await medusa(`exec ${script}`)
    },
  })
  let previewLog = ""
  let preview: Awaited<ReturnType<typeof startPreview>>
  try {
    preview = await startPreview(backend.url, appPort, (text) => {
      previewLog = (previewLog + text).slice(-20_000)
    })
  } catch (error) {
    await backend.stop()
    await dropDatabase(databaseUrl)
    throw error
  }
  return {
    appUrl: preview.url,
    backendUrl: backend.url,
    log: () => `${backend.output().slice(-20_000)}\n--- pos ---\n${previewLog}`,
    stop: async () => {
      await preview.stop()
      await backend.stop()
      await dropDatabase(databaseUrl)
    },
  }
}

/** An admin's bearer token (the manager who pairs tablets, Medusa Admin's user). */
export async function adminToken(backendUrl: string, admin: DemoLogin): Promise<string> {
  const login = await fetch(`${backendUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: admin.username, password: admin.password }),
  })
  if (!login.ok) throw new Error(`admin sign-in: ${login.status}`)
  return ((await login.json()) as { token: string }).token
}

/** An admin API call (what the manager would do in Medusa Admin). */
export async function adminApi<T>(
  backendUrl: string,
  admin: DemoLogin,
  path: string,
  init: { method?: string; body?: unknown } = {}
): Promise<T> {
  const response = await fetch(`${backendUrl}${path}`, {
    method: init.method ?? "GET",
    headers: {
      authorization: `Bearer ${await adminToken(backendUrl, admin)}`,
      "content-type": "application/json",
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  if (!response.ok) throw new Error(`${init.method ?? "GET"} ${path}: ${response.status}`)
  return (await response.json()) as T
}

/** Orders as the backend's admin API counts them (what the manager would see in Medusa Admin). */
export async function countOrders(backendUrl: string, admin: DemoLogin): Promise<number> {
  const page = await adminApi<{ count: number }>(
    backendUrl,
    admin,
    "/admin/orders?limit=1&fields=id"
  )
  return page.count
}
