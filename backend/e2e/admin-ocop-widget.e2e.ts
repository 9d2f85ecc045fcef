import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import {
  dropDatabase,
  ensureDatabase,
  launchChromium,
  runStep,
  scratchDatabaseUrl,
  stopCommands,
  waitForHttp,
} from "@ocop/dev-stack"
import { type Command, concurrently } from "concurrently"
import type { Browser } from "playwright-core"

/**
 * The OCOP widget in the real Medusa Admin: a backend started with `medusa start` in development
 * (the dashboard is compiled by Vite on first load), a fresh database with one certified product,
 * and Chromium logging in as an admin and opening the product page.
 */
const backendDir = join(__dirname, "..")
const medusaBin = join(backendDir, "..", "node_modules", ".bin", "medusa")
// each engineer's checkout runs its browser tests on its own port
const PORT = Number(process.env.E2E_BACKEND_PORT || 9321)
const origin = `http://localhost:${PORT}`
const screenshotPath = join(__dirname, "screenshots", "admin-ocop-widget.png")
const admin = { email: "admin-e2e@ocop.test", password: "e2e-admin-password" }

describe("Medusa Admin: OCOP widget on the product page", () => {
  const url = scratchDatabaseUrl(`ocop_e2e_admin_${Date.now()}`)
  let commands: Command[] = []
  let browser: Browser | undefined
  let productId = ""
  let serverLog = ""
  const workDir = mkdtempSync(join(tmpdir(), "ocop-e2e-admin-"))

  beforeAll(async () => {
    await ensureDatabase(url)
    const fixtureOut = join(workDir, "fixture.json")
    const env = {
      NODE_ENV: "development",
      DATABASE_URL: url,
      PORT: String(PORT),
      MEDUSA_BACKEND_URL: origin,
      ADMIN_CORS: origin,
      AUTH_CORS: origin,
      STORE_CORS: origin,
      MEDUSA_DISABLE_TELEMETRY: "true",
      E2E_FIXTURE_OUT: fixtureOut,
      // the test runner's hooks are for this process, not for the apps it starts
      NODE_OPTIONS: "",
    }
    const step = (name: string, args: string) =>
      runStep({ name, command: `${medusaBin} ${args}`, cwd: backendDir, env })
    await step("migrate", "db:migrate")
    await step("admin-user", `user -e ${admin.email} -p ${admin.password}`)
    await step("fixture", "exec ./e2e/fixtures/admin-ocop-fixture.ts")
    productId = JSON.parse(readFileSync(fixtureOut, "utf8")).product_id

    const started = concurrently(
      [{ name: "backend", command: `${medusaBin} start`, cwd: backendDir, env }],
      {
        prefix: "name",
        outputStream: undefined,
      }
    )
    commands = started.commands
    started.result.catch(() => {})
    commands[0]?.stdout.subscribe((chunk) => {
      serverLog += chunk.toString()
    })
    await waitForHttp(`${origin}/health`, { timeoutMs: 180_000 })
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
    await stopCommands(commands)
    await dropDatabase(url)
    rmSync(workDir, { recursive: true, force: true })
  })

  it("shows the stars and the decision number of the current certificate", async () => {
    if (!browser) throw new Error(`browser not started; server log:\n${serverLog.slice(-3000)}`)
    const page = await browser.newPage({ viewport: { width: 1440, height: 1100 }, locale: "vi-VN" })
    // the first request makes Vite compile the whole dashboard: minutes on a small machine
    await page.goto(`${origin}/app/login`, { timeout: 300_000 })
    await page.locator('input[name="email"]').fill(admin.email, { timeout: 300_000 })
    await page.locator('input[name="password"]').fill(admin.password)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => !url.pathname.endsWith("/login"), { timeout: 120_000 })

    await page.goto(`${origin}/app/products/${productId}`, { timeout: 300_000 })
    const widget = page.getByTestId("ocop-widget")
    await widget.getByTestId("ocop-decision-number").waitFor({ timeout: 300_000 })

    await expect(widget.getByTestId("ocop-stars").textContent()).resolves.toContain("4 sao")
    await expect(widget.getByTestId("ocop-decision-number").textContent()).resolves.toBe(
      "E2E-4261/QĐ-UBND"
    )
    await expect(widget.getByTestId("ocop-status").textContent()).resolves.toContain("Còn hiệu lực")
    await expect(widget.getByTestId("ocop-producer").textContent()).resolves.toContain(
      "HTX Quýt vàng Bắc Sơn"
    )
    await expect(widget.getByTestId("ocop-badge").textContent()).resolves.toContain(
      "Được gắn nhãn OCOP"
    )

    await widget.scrollIntoViewIfNeeded()
    rmSync(screenshotPath, { force: true })
    await page.screenshot({ path: screenshotPath, fullPage: true })
    expect(existsSync(screenshotPath) && statSync(screenshotPath).size > 10_000).toBe(true)
  })
})
