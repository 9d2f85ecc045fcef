/**
 * `npm run bench:storefront`: the storefront measured as a phone and as a server, in one run on one
 * seeded backend. (1) Lighthouse 12.2.3 in its mobile mode (Moto G–class CPU and slow 4G
 * emulation) on the home, listing and product pages, in Debian's Chromium; (2) autocannon at 10
 * connections on the server-rendered listing and product pages side by side with the backend
 * routes they call, so the cost of rendering shows as a ratio. See bench/README.md.
 */
import { type ChildProcess, execFile, spawn } from "node:child_process"
import { randomBytes } from "node:crypto"
import { createWriteStream } from "node:fs"
import { mkdir, writeFile } from "node:fs/promises"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { promisify } from "node:util"
import {
  CHROMIUM_FLAGS,
  chromiumPath,
  dropDatabase,
  type RunningBackend,
  runStep,
  startBackend,
  waitForHttp,
} from "@ocop/dev-stack"
import autocannon from "autocannon"
import * as chromeLauncher from "chrome-launcher"
import { benchDatabaseUrl } from "./lib.ts"

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..")
const storefrontDir = join(repoRoot, "storefront")
const resultsDir = join(repoRoot, "bench", "results")

const num = (name: string, fallback: number) => {
  const value = Number(process.env[name] || fallback)
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number`)
  return value
}
const config = {
  durationS: num("BENCH_DURATION", 10),
  warmupS: num("BENCH_WARMUP", 3),
  connections: num("BENCH_CONNECTIONS", 10),
  rounds: num("BENCH_ROUNDS", 2),
  backendPort: num("BENCH_PORT", 9331),
  storefrontPort: num("BENCH_STOREFRONT_PORT", 9332),
  lighthouseRuns: num("BENCH_LIGHTHOUSE_RUNS", 3),
}

function log(message: string) {
  console.log(`[bench:storefront] ${message}`)
}

function spawnLogged(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  logPath: string
) {
  const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] })
  const file = createWriteStream(logPath)
  child.stdout?.pipe(file)
  child.stderr?.pipe(file)
  return child
}

async function stop(child: ChildProcess | undefined) {
  if (!child || child.exitCode !== null) return
  const exited = new Promise((done) => child.once("exit", done))
  child.kill("SIGTERM")
  const timer = setTimeout(() => child.kill("SIGKILL"), 15_000)
  await exited
  clearTimeout(timer)
}

interface LoadResult {
  name: string
  reqPerS: number
  p50: number
  p95: number
  non2xx: number
  errors: number
}

function percentile(sorted: number[], p: number) {
  if (sorted.length === 0) return Number.NaN
  return sorted[
    Math.max(0, Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1))
  ] as number
}

async function load(
  name: string,
  url: string,
  headers: Record<string, string>
): Promise<LoadResult> {
  let requests = 0
  let seconds = 0
  let non2xx = 0
  let errors = 0
  const latencies: number[] = []
  for (let round = 0; round < config.rounds; round++) {
    await autocannon({ url, headers, connections: config.connections, duration: config.warmupS })
    const instance = autocannon({
      url,
      headers,
      connections: config.connections,
      duration: config.durationS,
    })
    instance.on("response", (_client: unknown, status: number, _bytes: number, time: number) => {
      if (status >= 200 && status < 300) latencies.push(time)
    })
    const result = await instance
    requests += result["2xx"]
    seconds += result.duration
    non2xx += result.non2xx
    errors += result.errors
  }
  latencies.sort((a, b) => a - b)
  return {
    name,
    reqPerS: requests / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    non2xx,
    errors,
  }
}

interface LighthouseRow {
  page: string
  performance: number
  accessibility: number
  seo: number
  bestPractices: number
  lcpMs: number
  tbtMs: number
  cls: number
  scriptKbTransfer: number
  /** Lighthouse's measure of this machine's CPU in the run (a quiet desktop: ~1000–2500). */
  benchmarkIndex: number
}

interface LighthouseReport {
  environment: { benchmarkIndex: number }
  runWarnings: string[]
  categories: Record<string, { score: number | null } | undefined>
  audits: Record<string, { numericValue?: number; details?: unknown } | undefined>
}

/**
 * One Lighthouse run through its own CLI in plain Node: Lighthouse serialises functions into the
 * page, and tsx's transform of them (esbuild's __name helper) would break in the browser.
 */
async function audit(
  url: string,
  page: string,
  port: number
): Promise<{ row: LighthouseRow; report: string }> {
  const cli = join(repoRoot, "node_modules", "lighthouse", "cli", "index.js")
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      cli,
      url,
      `--port=${port}`,
      "--output=json",
      "--output-path=stdout",
      "--quiet",
      "--form-factor=mobile",
      "--only-categories=performance,accessibility,seo,best-practices",
    ],
    { maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NODE_OPTIONS: "" } }
  )
  const { categories, audits, environment, runWarnings } = JSON.parse(stdout) as LighthouseReport
  // e.g. "the tested device appears to have a slower CPU than Lighthouse expects"
  for (const warning of runWarnings) log(`lighthouse ${page}: ${warning}`)
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100)
  const scripts = (
    (
      audits["network-requests"]?.details as {
        items?: { resourceType?: string; transferSize?: number }[]
      }
    )?.items ?? []
  ).filter((item) => item.resourceType === "Script")
  const row: LighthouseRow = {
    page,
    performance: score("performance"),
    accessibility: score("accessibility"),
    seo: score("seo"),
    bestPractices: score("best-practices"),
    lcpMs: Math.round(audits["largest-contentful-paint"]?.numericValue ?? 0),
    tbtMs: Math.round(audits["total-blocking-time"]?.numericValue ?? 0),
    cls: Number((audits["cumulative-layout-shift"]?.numericValue ?? 0).toFixed(3)),
    scriptKbTransfer: Number(
      (scripts.reduce((sum, item) => sum + (item.transferSize ?? 0), 0) / 1024).toFixed(1)
    ),
    benchmarkIndex: Math.round(environment.benchmarkIndex),
  }
  return { row, report: stdout }
}

/** Lighthouse's score varies run to run: each page is audited several times, the median kept. */
function median<T extends { row: LighthouseRow }>(runs: T[]): T {
  const sorted = [...runs].sort((a, b) => a.row.performance - b.row.performance)
  return sorted[Math.floor(sorted.length / 2)] as T
}

async function main() {
  const stamp = new Date().toISOString().replace(/[:.]/g, "-")
  await mkdir(resultsDir, { recursive: true })
  const databaseUrl = benchDatabaseUrl(
    `${process.env.BENCH_DATABASE_PREFIX || "ocop_bench_"}storefront_${Date.now()}`
  )
  const storefrontUrl = `http://localhost:${config.storefrontPort}`
  // throwaway secrets and payee: production refuses the development defaults; no request pays
  const secrets = {
    JWT_SECRET: randomBytes(24).toString("hex"),
    COOKIE_SECRET: randomBytes(24).toString("hex"),
    VIETQR_BANK_BIN: "970436",
    VIETQR_ACCOUNT_NUMBER: "1234567890",
    VIETQR_ACCOUNT_NAME: "OCOP BENCH",
    VIETQR_WEBHOOK_SECRET: randomBytes(24).toString("hex"),
    VIETQR_SEAL_SECRET: randomBytes(24).toString("hex"),
  }
  let backend: RunningBackend | undefined
  let storefront: ChildProcess | undefined
  let chrome: chromeLauncher.LaunchedChrome | undefined
  try {
    const [started] = await Promise.all([
      startBackend({
        port: config.backendPort,
        databaseUrl,
        nodeEnv: "production",
        env: secrets,
        logFile: join(resultsDir, `storefront-backend-${stamp}.log`),
      }),
      runStep({
        name: "storefront-build",
        command: "npm run build",
        cwd: storefrontDir,
        env: { ...process.env, NODE_ENV: "production", NODE_OPTIONS: "" },
      }),
    ])
    backend = started
    const key = backend.webStoreKey
    if (!key) throw new Error("the seed left the web store without a publishable key")
    const backendUrl = backend.url
    storefront = spawnLogged(
      process.execPath,
      ["server.mjs"],
      storefrontDir,
      {
        ...process.env,
        NODE_ENV: "production",
        NODE_OPTIONS: "",
        PORT: String(config.storefrontPort),
        MEDUSA_BACKEND_URL: backendUrl,
        MEDUSA_PUBLISHABLE_KEY: key,
      },
      join(resultsDir, `storefront-server-${stamp}.log`)
    )
    await waitForHttp(`${storefrontUrl}/robots.txt`, { timeoutMs: 60_000 })
    log("backend and storefront up (production mode)")

    const pages = [
      ["home", "/"],
      ["listing", "/products"],
      ["product", "/products/quyt-vang-bac-son"],
    ] as const
    // warm both servers (first renders compile templates, fill Medusa's and our caches)
    for (const [, path] of pages) await fetch(`${storefrontUrl}${path}`)

    chrome = await chromeLauncher.launch({
      chromePath: chromiumPath(),
      chromeFlags: ["--headless=new", ...CHROMIUM_FLAGS],
    })
    const lighthouseRows: LighthouseRow[] = []
    for (const [name, path] of pages) {
      const runs: Awaited<ReturnType<typeof audit>>[] = []
      for (let run = 0; run < config.lighthouseRuns; run++) {
        runs.push(await audit(`${storefrontUrl}${path}`, name, chrome.port))
      }
      const kept = median(runs)
      lighthouseRows.push(kept.row)
      // the kept run's full report, to read which audits cost the score
      await writeFile(join(resultsDir, `storefront-lighthouse-${name}-${stamp}.json`), kept.report)
      log(`lighthouse ${name}: performance ${runs.map(({ row }) => row.performance).join(", ")}`)
    }
    await chrome.kill()
    chrome = undefined

    const headers = { "x-publishable-api-key": key }
    const loadRows: LoadResult[] = []
    const pairs = [
      ["listing", "/store/ocop/products?limit=12", "/products"],
      ["product", "/store/ocop/products/quyt-vang-bac-son", "/products/quyt-vang-bac-son"],
    ] as const
    for (const [name, apiPath, pagePath] of pairs) {
      loadRows.push(await load(`backend ${apiPath}`, `${backendUrl}${apiPath}`, headers))
      loadRows.push(
        await load(`storefront SSR ${pagePath} (${name})`, `${storefrontUrl}${pagePath}`, {})
      )
    }

    console.log("\nLighthouse 12.2.3, mobile (median of runs)")
    console.table(lighthouseRows)
    console.log(
      `\nautocannon, ${config.connections} connections, ${config.rounds} × ${config.durationS} s`
    )
    console.table(loadRows.map((row) => ({ ...row, reqPerS: Number(row.reqPerS.toFixed(1)) })))
    const ratios = pairs.map(([name], index) => {
      const api = loadRows[index * 2] as LoadResult
      const page = loadRows[index * 2 + 1] as LoadResult
      return { page: name, ssrOverApi: Number((page.reqPerS / api.reqPerS).toFixed(2)) }
    })
    console.table(ratios)
    await writeFile(
      join(resultsDir, `storefront-${stamp}.json`),
      JSON.stringify({ config, lighthouse: lighthouseRows, load: loadRows, ratios }, null, 2)
    )
  } finally {
    await chrome?.kill()
    await stop(storefront)
    await backend?.stop()
    if (process.env.BENCH_KEEP_DATABASE !== "1") await dropDatabase(databaseUrl)
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
