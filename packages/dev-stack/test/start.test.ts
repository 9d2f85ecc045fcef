import { type ChildProcess, spawn } from "node:child_process"
import { existsSync } from "node:fs"
import { rm } from "node:fs/promises"
import { connect } from "node:net"
import { join } from "node:path"
import demoLogins from "../../../backend/src/scripts/demo-logins.json"
import { postgresDataDir } from "../src/database/data-dir.js"
import { dropDatabase } from "../src/database/ensure-database.js"
import { provideTestDatabase, scratchDatabaseUrl } from "../src/database/test-database.js"

/**
 * The README's first command, for real: `npm start` on a fresh data directory, then again on the
 * same data, each stopped with Ctrl-C (SIGINT to the whole process tree, as a terminal does).
 */
const checkoutRoot = join(__dirname, "..", "..", "..")
const pgPort = 54349
const backendPort = 9341
const storefrontPort = 5341
const dataDir = postgresDataDir(checkoutRoot, "start-test")

interface RunningStart {
  child: ChildProcess
  output: () => string
  exited: Promise<unknown>
}

/**
 * Spawned in its own process group so that stopping it is exactly what Ctrl-C in a terminal
 * does: SIGINT to every process of the foreground group at once.
 */
function startStack(databaseUrl?: string): RunningStart {
  let text = ""
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    OCOP_DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(pgPort),
    PORT: String(backendPort),
    STOREFRONT_PORT: String(storefrontPort),
    NODE_OPTIONS: "",
    FORCE_COLOR: "0",
  }
  // unless a test names one, the stack uses its own embedded database, not the suite's
  delete env.DATABASE_URL
  delete env.REDIS_URL
  if (databaseUrl) env.DATABASE_URL = databaseUrl
  const child = spawn("npm", ["start"], { cwd: checkoutRoot, env, detached: true })
  child.stdout?.on("data", (chunk: Buffer) => {
    text += chunk.toString()
  })
  child.stderr?.on("data", (chunk: Buffer) => {
    text += chunk.toString()
  })
  const exited = new Promise((resolve) => child.once("exit", resolve))
  return { child, output: () => text, exited }
}

async function waitForOutput(run: RunningStart, pattern: RegExp, timeoutMs = 420_000) {
  const deadline = Date.now() + timeoutMs
  while (!pattern.test(run.output())) {
    if (Date.now() > deadline || run.child.exitCode !== null) {
      throw new Error(`npm start never printed ${pattern}:\n${run.output().slice(-4000)}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: "localhost" })
    socket.once("connect", () => {
      socket.destroy()
      resolve(true)
    })
    socket.once("error", () => resolve(false))
  })
}

/** Whether any process of the stack's process group (npm, the backend, the apps) still runs. */
function leftBehind(run: RunningStart): boolean {
  if (!run.child.pid) return false
  try {
    process.kill(-run.child.pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== "ESRCH"
  }
}

async function stopWithCtrlC(run: RunningStart) {
  if (run.child.pid) process.kill(-run.child.pid, "SIGINT")
  await run.exited
  const deadline = Date.now() + 30_000
  while (
    ((await portOpen(pgPort)) || (await portOpen(backendPort)) || leftBehind(run)) &&
    Date.now() < deadline
  ) {
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

describe("npm start", () => {
  beforeAll(() => rm(dataDir, { recursive: true, force: true }))
  afterAll(() => rm(dataDir, { recursive: true, force: true }))

  it("starts from nothing: database, migrations, seed, backend, URLs and logins", async () => {
    const run = startStack()
    try {
      await waitForOutput(run, /OCOP Commerce is ready/)
      const text = run.output()
      expect(text).toMatch(/seed: done/)
      for (const label of ["backend", "admin", "storefront", "POS"]) {
        expect(text).toMatch(new RegExp(`^  ${label}\\s+\\S`, "m"))
      }
      expect(text).toContain(`http://localhost:${backendPort}/app`)
      // the seed gives every channel its own key, printed for the storefront and POS
      expect(text).toMatch(/Publishable keys[^\n]*\n {2}[^\n]+: pk_/)
      const admin = demoLogins[0]
      expect(text).toContain(`${admin?.username} / ${admin?.password}`)

      const health = await fetch(`http://localhost:${backendPort}/health`)
      expect(health.status).toBe(200)
      const dashboard = await fetch(`http://localhost:${backendPort}/app`)
      expect(dashboard.status).toBe(200)
      expect(await dashboard.text()).toMatch(/<div id="medusa"/)
      // the printed demo login really signs in
      const login = await fetch(`http://localhost:${backendPort}/auth/user/emailpass`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: admin?.username, password: admin?.password }),
      })
      expect(login.status).toBe(200)
      const { token } = (await login.json()) as { token?: string }
      expect(token).toEqual(expect.any(String))
      // the storefront got the backend URL and the web store's key at run time: it renders the catalog
      const shop = await fetch(`http://localhost:${storefrontPort}/products`)
      expect(shop.status).toBe(200)
      expect(await shop.text()).toContain("Quýt vàng Bắc Sơn")
    } finally {
      await stopWithCtrlC(run)
    }
    expect(leftBehind(run), "a process of npm start outlived Ctrl-C").toBe(false)
    expect(await portOpen(backendPort)).toBe(false)
    expect(await portOpen(pgPort)).toBe(false)
    // a clean PostgreSQL shutdown removes its pid file
    expect(existsSync(join(dataDir, "postmaster.pid"))).toBe(false)
  })

  it("starts again on the same data without seeding twice", async () => {
    const run = startStack()
    try {
      await waitForOutput(run, /OCOP Commerce is ready/)
      expect(run.output()).toMatch(/demo data already present, not seeding again/)
      expect(run.output()).not.toMatch(/seed: done/)
      const health = await fetch(`http://localhost:${backendPort}/health`)
      expect(health.status).toBe(200)
    } finally {
      await stopWithCtrlC(run)
    }
    expect(leftBehind(run), "a process of npm start outlived Ctrl-C").toBe(false)
    expect(await portOpen(pgPort)).toBe(false)
  })

  it("uses DATABASE_URL instead: creates, migrates and seeds that database when it is empty", async () => {
    const server = await provideTestDatabase(checkoutRoot)
    const url = scratchDatabaseUrl(`ocop_start_url_${Date.now()}`, server.env)
    const run = startStack(url)
    try {
      await waitForOutput(run, /OCOP Commerce is ready/)
      expect(run.output()).toMatch(/database: PostgreSQL from DATABASE_URL/)
      expect(run.output()).toMatch(/seed: done/)
      // the embedded server was never started
      expect(await portOpen(pgPort)).toBe(false)
      const health = await fetch(`http://localhost:${backendPort}/health`)
      expect(health.status).toBe(200)
    } finally {
      await stopWithCtrlC(run)
      await dropDatabase(url)
      await server.stop()
    }
    expect(leftBehind(run), "a process of npm start outlived Ctrl-C").toBe(false)
  })
})
