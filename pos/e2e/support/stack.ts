import { readFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import {
  dropDatabase,
  ensureDatabase,
  runStep,
  scratchDatabaseUrl,
  stopCommands,
  waitForHttp,
} from "@ocop/dev-stack"
import { type Command, concurrently } from "concurrently"

export const posDir = fileURLToPath(new URL("../..", import.meta.url))
const checkoutRoot = join(posDir, "..")
const backendDir = join(checkoutRoot, "backend")
const bin = (name: string) => join(checkoutRoot, "node_modules", ".bin", name)

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

/**
 * One real backend (fresh database: migrations and the demo seed, which creates the registers
 * and their clerks) and the built till served by `vite preview`, which proxies the API paths to
 * that backend. Ports are this engineer's: backend 9106, app 5186 unless told otherwise.
 */
export interface PosStackOptions {
  /** `medusa exec` scripts run after the seed (paths relative to backend/), with their env. */
  afterSeed?: { name: string; script: string; env?: Record<string, string> }[]
}

export async function startPosStack(
  name: string,
  options: PosStackOptions = {}
): Promise<PosStack> {
  const backendPort = Number(process.env.POS_E2E_BACKEND_PORT || 9106)
  const appPort = Number(process.env.POS_E2E_APP_PORT || 5186)
  const backendUrl = `http://localhost:${backendPort}`
  const appUrl = `http://localhost:${appPort}`
  const databaseUrl = scratchDatabaseUrl(`ocop_e2e_${name}_${Date.now()}`)
  await ensureDatabase(databaseUrl)
  const env = {
    NODE_ENV: "development",
    DATABASE_URL: databaseUrl,
    PORT: String(backendPort),
    MEDUSA_BACKEND_URL: backendUrl,
    ADMIN_CORS: `${appUrl},${backendUrl}`,
    AUTH_CORS: `${appUrl},${backendUrl}`,
    STORE_CORS: appUrl,
    DISABLE_MEDUSA_ADMIN: "true",
    MEDUSA_DISABLE_TELEMETRY: "true",
    // the test runner's hooks are for this process, not for the apps it starts
    NODE_OPTIONS: "",
  }
  await runStep({ name: "migrate", command: `${bin("medusa")} db:migrate`, cwd: backendDir, env })
  await runStep({
    name: "seed",
    command: `${bin("medusa")} exec ./src/scripts/seed.ts`,
    cwd: backendDir,
    env,
  })
  for (const step of options.afterSeed ?? []) {
    await runStep({
      name: step.name,
      command: `${bin("medusa")} exec ${step.script}`,
      cwd: backendDir,
      env: { ...env, ...step.env },
    })
  }
  let output = ""
  const started = concurrently(
    [
      { name: "backend", command: `${bin("medusa")} start`, cwd: backendDir, env },
      {
        name: "pos",
        command: `${bin("vite")} preview --host 127.0.0.1 --port ${appPort} --strictPort`,
        cwd: posDir,
        env: { VITE_BACKEND_URL: backendUrl, NODE_OPTIONS: "" },
      },
    ],
    { prefix: "name", outputStream: undefined }
  )
  const commands: Command[] = started.commands
  started.result.catch(() => {})
  for (const command of commands) {
    command.stdout.subscribe((chunk) => {
      output = (output + chunk.toString()).slice(-20_000)
    })
  }
  await waitForHttp(`${backendUrl}/health`, { timeoutMs: 240_000 })
  await waitForHttp(appUrl, { timeoutMs: 60_000 })
  return {
    appUrl,
    backendUrl,
    log: () => output,
    stop: async () => {
      await stopCommands(commands)
      await dropDatabase(databaseUrl)
    },
  }
}

/** Orders as the backend's admin API counts them (what the manager would see in Medusa Admin). */
export async function countOrders(backendUrl: string, admin: DemoLogin): Promise<number> {
  const login = await fetch(`${backendUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: admin.username, password: admin.password }),
  })
  const { token } = (await login.json()) as { token: string }
  const response = await fetch(`${backendUrl}/admin/orders?limit=1&fields=id`, {
    headers: { authorization: `Bearer ${token}` },
  })
  if (!response.ok) throw new Error(`GET /admin/orders: ${response.status}`)
  return ((await response.json()) as { count: number }).count
}
