import { spawn } from "node:child_process"
import { BACKEND_DIR, MEDUSA_BIN } from "@ocop/dev-stack"

/** `medusa start` in backend/ with exactly these variables; its exit code and output. */
function medusaStart(
  env: Record<string, string>
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(MEDUSA_BIN, ["start"], {
      cwd: BACKEND_DIR,
      // nothing inherited: no secret of the test runner's environment may make the start pass
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    })
    let output = ""
    child.stdout.on("data", (chunk) => {
      output += chunk
    })
    child.stderr.on("data", (chunk) => {
      output += chunk
    })
    // a server that got past its settings would keep running: stop it and fail below
    const timer = setTimeout(() => child.kill("SIGKILL"), 90_000)
    child.once("error", reject)
    child.once("exit", (code) => {
      clearTimeout(timer)
      resolve({ code, output })
    })
  })
}

describe("the backend on public development secrets", () => {
  it("refuses to start with NODE_ENV=staging and the defaults, naming each variable", async () => {
    const { code, output } = await medusaStart({
      NODE_ENV: "staging",
      MEDUSA_DISABLE_TELEMETRY: "true",
      // nowhere: a server that got this far would fail on the database, not on its settings
      DATABASE_URL: "postgres://nobody@localhost:1/nothing",
    })
    expect(code).not.toBe(0)
    expect(output).toContain("Refusing to start with NODE_ENV=staging")
    for (const variable of ["JWT_SECRET", "COOKIE_SECRET", "VIETQR_SEAL_SECRET"]) {
      expect(output).toMatch(new RegExp(`- ${variable} is not set`))
    }
    expect(output).not.toMatch(/Server is ready/)
  })

  it("with a real bank account, also refuses the development webhook secret and short secrets", async () => {
    const { code, output } = await medusaStart({
      NODE_ENV: "staging",
      MEDUSA_DISABLE_TELEMETRY: "true",
      DATABASE_URL: "postgres://nobody@localhost:1/nothing",
      JWT_SECRET: "too-short-for-a-signing-secret",
      COOKIE_SECRET: "c".repeat(40),
      VIETQR_SEAL_SECRET: "s".repeat(40),
      VIETQR_ACCOUNT_NUMBER: "12010000123456",
      VIETQR_WEBHOOK_SECRET: "ocop-development-vietqr-webhook-secret",
    })
    expect(code).not.toBe(0)
    expect(output).toMatch(/- JWT_SECRET has 30 characters; it needs at least 32/)
    expect(output).toMatch(/- VIETQR_WEBHOOK_SECRET is the public development value/)
    expect(output).not.toMatch(/- COOKIE_SECRET|- VIETQR_SEAL_SECRET/)
  })
})
