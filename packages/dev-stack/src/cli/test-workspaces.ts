import { spawn } from "node:child_process"
import { readdirSync, readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

/**
 * `npm run test --workspaces` with a summary at the end. Like npm it runs every workspace's
 * tests one after another and carries on past a failing one, exiting 1 at the end; unlike npm
 * its last lines name each workspace's result, minutes and failed test files, because CI shows
 * only the tail of the log and a failure in the first workspace scrolls out of it.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "..")

interface Workspace {
  name: string
  dir: string
}

/** The root package.json's workspaces in npm's order: as listed, a glob's folders sorted. */
function workspacesWithTests(): Workspace[] {
  const { workspaces } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
    workspaces: string[]
  }
  const dirs = workspaces.flatMap((pattern) =>
    pattern.endsWith("/*")
      ? readdirSync(join(root, pattern.slice(0, -2)), { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => join(pattern.slice(0, -2), entry.name))
          .sort()
      : [pattern]
  )
  return dirs.flatMap((dir) => {
    try {
      const manifest = JSON.parse(readFileSync(join(root, dir, "package.json"), "utf8")) as {
        name: string
        scripts?: Record<string, string>
      }
      return manifest.scripts?.test ? [{ name: manifest.name, dir }] : []
    } catch {
      return []
    }
  })
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: vitest colours its output
const ANSI = /\u001b\[[0-9;]*m/g
/** vitest's line for a failed file or test: " FAIL  [project] path > test". */
const FAILED = /^\s*FAIL\s+\S/

interface Outcome {
  workspace: Workspace
  code: number
  minutes: number
  failures: string[]
}

function runTests(workspace: Workspace): Promise<Outcome> {
  const started = Date.now()
  const failures = new Set<string>()
  let partial = ""
  const scan = (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split("\n")
    partial = lines.pop() ?? ""
    for (const line of lines) {
      const plain = line.replace(ANSI, "")
      if (FAILED.test(plain)) failures.add(plain.trim())
    }
  }
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "test", "-w", workspace.name], {
      cwd: root,
      stdio: ["inherit", "pipe", "pipe"],
    })
    child.stdout.on("data", (chunk: Buffer) => {
      process.stdout.write(chunk)
      scan(chunk)
    })
    child.stderr.on("data", (chunk: Buffer) => {
      process.stderr.write(chunk)
      scan(chunk)
    })
    child.on("close", (code, signal) => {
      resolve({
        workspace,
        code: code ?? (signal ? 1 : 0),
        minutes: (Date.now() - started) / 60_000,
        failures: [...failures],
      })
    })
  })
}

async function main() {
  const outcomes: Outcome[] = []
  // Naming workspaces (`npm run test:workspaces -- @ocop/core`) runs only those.
  const only = process.argv.slice(2)
  const chosen = workspacesWithTests().filter((ws) => only.length === 0 || only.includes(ws.name))
  for (const workspace of chosen) {
    console.log(`\n== ${workspace.name}: npm test (${new Date().toISOString().slice(11, 19)} UTC)`)
    outcomes.push(await runTests(workspace))
  }
  console.log("\n== workspace tests")
  for (const { workspace, code, minutes, failures } of outcomes) {
    const result = code === 0 ? "ok  " : `FAIL (exit ${code})`
    console.log(`  ${result.padEnd(14)} ${workspace.name.padEnd(20)} ${minutes.toFixed(1)} min`)
    for (const failure of failures.slice(0, 20)) console.log(`      ${failure}`)
  }
  const failed = outcomes.filter((outcome) => outcome.code !== 0)
  if (failed.length > 0) {
    const names = failed.map((outcome) => outcome.workspace.name).join(", ")
    console.log(`\nnpm test failed in ${names}`)
    process.exit(1)
  }
}

void main()
