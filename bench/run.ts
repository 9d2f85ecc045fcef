/**
 * `npm run bench`: the Store API OCOP listing against Medusa's own product listing, measured in the
 * same run on the same server and data. See bench/README.md for what it does and how to read it.
 */
import { randomBytes } from "node:crypto"
import { existsSync } from "node:fs"
import { mkdir, rm, writeFile } from "node:fs/promises"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import {
  BACKEND_DIR,
  dropDatabase,
  type RunningBackend,
  runStep,
  splitDatabaseUrl,
  startBackend,
} from "@ocop/dev-stack"
import autocannon from "autocannon"
import pg from "pg"

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..")
const backendDir = BACKEND_DIR
const medusaBin = join(repoRoot, "node_modules", ".bin", "medusa")
const resultsDir = join(repoRoot, "bench", "results")

function numberFromEnv(name: string, fallback: number): number {
  const raw = process.env[name]
  const value = raw === undefined || raw === "" ? fallback : Number(raw)
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number (got ${raw})`)
  return value
}

const config = {
  durationS: numberFromEnv("BENCH_DURATION", 10),
  warmupS: numberFromEnv("BENCH_WARMUP", 3),
  connections: numberFromEnv("BENCH_CONNECTIONS", 10),
  rounds: numberFromEnv("BENCH_ROUNDS", 2),
  limit: numberFromEnv("BENCH_LIMIT", 20),
  port: numberFromEnv("BENCH_PORT", 9331),
  // "source" (default): `medusa start` in backend/ on the TypeScript sources, transpiled once at
  // load, like `npm start`. "build": `medusa build` first, then the compiled .medusa/server (what a
  // deployment runs; +30 s, and Medusa's build type-checks the whole backend with its generated
  // query types, so a type error anywhere in the backend makes it fail).
  server: process.env.BENCH_SERVER === "build" ? "build" : "source",
  // Production mode by default: what a shop runs (npm start uses development).
  nodeEnv: process.env.BENCH_NODE_ENV || "production",
  keepDatabase: process.env.BENCH_KEEP_DATABASE === "1",
  extraTargets: process.env.BENCH_EXTRA !== "0",
}

interface Target {
  name: string
  path: string
  /** The pair the ratio is computed on. */
  role: "peer" | "subject" | "info"
}

interface Sample {
  requests2xx: number
  non2xx: number
  errors: number
  timeouts: number
  durationS: number
  latencies: number[]
}

function log(message: string) {
  console.log(`[bench] ${message}`)
}

function benchDatabaseUrl(): string {
  const base =
    process.env.BENCH_DATABASE_URL ||
    process.env.DATABASE_URL ||
    "postgres://postgres@localhost:5432/postgres"
  const url = new URL(base)
  url.pathname = `/ocop_bench_${Date.now()}`
  return url.toString()
}

async function withDatabase<T>(databaseUrl: string, work: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

async function countOcopProducts(databaseUrl: string): Promise<number> {
  return withDatabase(databaseUrl, async (client) => {
    const result = await client.query(
      `SELECT count(*)::int AS n FROM ocop_product_profile op
       JOIN product p ON p.id = op.product_id AND p.deleted_at IS NULL AND p.status = 'published'
       WHERE op.deleted_at IS NULL`
    )
    return result.rows[0]?.n ?? 0
  })
}

/** The publishable key whose sales channel sells the most OCOP products (the web store). */
async function pickPublishableKey(databaseUrl: string) {
  return withDatabase(databaseUrl, async (client) => {
    const result = await client.query(
      `SELECT k.token, sc.name AS channel, count(DISTINCT psc.product_id)::int AS products
       FROM api_key k
       JOIN publishable_api_key_sales_channel l
         ON l.publishable_key_id = k.id AND l.deleted_at IS NULL
       JOIN sales_channel sc ON sc.id = l.sales_channel_id AND sc.deleted_at IS NULL
       JOIN product_sales_channel psc ON psc.sales_channel_id = sc.id AND psc.deleted_at IS NULL
       JOIN ocop_product_profile op ON op.product_id = psc.product_id AND op.deleted_at IS NULL
       LEFT JOIN store s ON s.deleted_at IS NULL
       WHERE k.type = 'publishable' AND k.revoked_at IS NULL AND k.deleted_at IS NULL
       GROUP BY k.token, sc.name, sc.id, s.default_sales_channel_id
       ORDER BY products DESC, (sc.id = s.default_sales_channel_id) DESC NULLS LAST, sc.name
       LIMIT 1`
    )
    const row = result.rows[0]
    if (!row) throw new Error("no publishable key with OCOP products in its sales channel")
    return row as { token: string; channel: string; products: number }
  })
}

async function regionId(databaseUrl: string): Promise<string | null> {
  return withDatabase(databaseUrl, async (client) => {
    const result = await client.query(
      `SELECT default_region_id FROM store WHERE deleted_at IS NULL LIMIT 1`
    )
    return result.rows[0]?.default_region_id ?? null
  })
}

/**
 * `medusa build`, keeping the backend as we found it: the build writes generated query types to
 * backend/.medusa/types, which the backend's own typecheck would then pick up, so they are removed
 * again when they were not there before.
 */
async function buildServer(env: NodeJS.ProcessEnv) {
  const typesDir = join(backendDir, ".medusa", "types")
  const hadTypes = existsSync(typesDir)
  try {
    await runStep({ name: "build", command: `${medusaBin} build`, cwd: backendDir, env })
  } finally {
    if (!hadTypes) await rm(typesDir, { recursive: true, force: true })
  }
}

async function runLoad(url: string, headers: Record<string, string>, seconds: number) {
  const latencies: number[] = []
  const instance = autocannon({
    url,
    headers,
    connections: config.connections,
    duration: seconds,
  })
  instance.on("response", (_client: unknown, statusCode: number, _bytes: number, time: number) => {
    if (statusCode >= 200 && statusCode < 300) latencies.push(time)
  })
  const result = await instance
  return {
    requests2xx: result["2xx"],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    durationS: result.duration,
    latencies,
  } satisfies Sample
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  return sorted[Math.max(0, index)] as number
}

function summarize(samples: Sample[]) {
  const requests = samples.reduce((sum, s) => sum + s.requests2xx, 0)
  const seconds = samples.reduce((sum, s) => sum + s.durationS, 0)
  const latencies = samples.flatMap((s) => s.latencies).sort((a, b) => a - b)
  return {
    reqPerSec: seconds > 0 ? requests / seconds : 0,
    perRound: samples.map((s) => (s.durationS > 0 ? s.requests2xx / s.durationS : 0)),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    requests,
    non2xx: samples.reduce((sum, s) => sum + s.non2xx, 0),
    errors: samples.reduce((sum, s) => sum + s.errors + s.timeouts, 0),
  }
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : "-")

function pad(value: string, width: number, right = false) {
  return right ? value.padStart(width) : value.padEnd(width)
}

async function main() {
  const startedAt = new Date()
  const databaseUrl = benchDatabaseUrl()
  const { database } = splitDatabaseUrl(databaseUrl)
  await mkdir(resultsDir, { recursive: true })
  const stamp = startedAt.toISOString().replace(/[:.]/g, "-")
  const serverLog = join(resultsDir, `server-${stamp}.log`)

  const isBuild = config.server === "build"
  // Throwaway secrets and payee: production mode refuses the development defaults. No request in
  // the bench reaches a payment provider.
  const backendEnv = {
    JWT_SECRET: randomBytes(24).toString("hex"),
    COOKIE_SECRET: randomBytes(24).toString("hex"),
    VIETQR_BANK_BIN: process.env.VIETQR_BANK_BIN || "970436",
    VIETQR_ACCOUNT_NUMBER: process.env.VIETQR_ACCOUNT_NUMBER || "1234567890",
    VIETQR_ACCOUNT_NAME: process.env.VIETQR_ACCOUNT_NAME || "OCOP BENCH",
    VIETQR_WEBHOOK_SECRET: process.env.VIETQR_WEBHOOK_SECRET || randomBytes(24).toString("hex"),
  }
  let server: RunningBackend | undefined

  try {
    log(`database ${database} (fresh)`)
    if (isBuild) await buildServer({ ...process.env, ...backendEnv, NODE_ENV: "development" })
    let catalogSource = ""
    server = await startBackend({
      port: config.port,
      databaseUrl,
      nodeEnv: config.nodeEnv === "production" ? "production" : "development",
      serverDir: isBuild ? join(backendDir, ".medusa", "server") : undefined,
      env: backendEnv,
      logFile: serverLog,
      setup: async ({ medusa }) => {
        const seeded = await countOcopProducts(databaseUrl)
        catalogSource = `demo seed (${seeded} OCOP products)`
        if (seeded < 30) {
          log(`the demo seed brought ${seeded} OCOP products; adding the bench catalog of 30`)
          await medusa("exec ../bench/fixtures/catalog.ts")
          catalogSource = "bench fixture (30 demo OCOP products)"
        }
      },
    })
    const key = await pickPublishableKey(databaseUrl)
    const region = await regionId(databaseUrl)
    log(`catalog: ${catalogSource}; key of "${key.channel}" (${key.products} OCOP products)`)
    const base = server.url
    log(`server up (${config.server}, NODE_ENV=${config.nodeEnv}), log in ${serverLog}`)

    const headers = { "x-publishable-api-key": key.token }
    const limit = config.limit
    const targets: Target[] = [
      { name: "medusa /store/products", path: `/store/products?limit=${limit}`, role: "peer" },
      {
        name: "ocop /store/ocop/products?stars=4",
        path: `/store/ocop/products?stars=4&limit=${limit}`,
        role: "subject",
      },
    ]
    if (config.extraTargets) {
      targets.push(
        {
          name: "ocop /store/ocop/products (no filter)",
          path: `/store/ocop/products?limit=${limit}`,
          role: "info",
        },
        {
          name: "medusa /store/products + price + stock",
          path: `/store/products?limit=${limit}${region ? `&region_id=${region}` : ""}&fields=${encodeURIComponent("*variants.calculated_price,+variants.inventory_quantity")}`,
          role: "info",
        }
      )
    }

    const shapes: Record<string, { status: number; items: number; bytes: number }> = {}
    for (const target of targets) {
      const response = await fetch(`${base}${target.path}`, { headers })
      const body = await response.text()
      const items = response.ok ? (JSON.parse(body).products?.length ?? 0) : 0
      shapes[target.name] = { status: response.status, items, bytes: body.length }
      if (!response.ok) throw new Error(`${target.path} answered ${response.status}: ${body}`)
      log(`${target.name}: ${items} products, ${body.length} bytes per response`)
      if (target.role === "subject") {
        const first = JSON.parse(body).products?.[0]
        const price = first?.variants?.[0]?.calculated_price
        log(
          `  first: "${first?.title}" ${first?.ocop?.stars}★ badge=${first?.ocop?.badge}, ${price?.calculated_amount} ${price?.currency_code} (VAT-inclusive: ${price?.is_tax_inclusive}), in stock: ${first?.variants?.[0]?.in_stock}`
        )
      }
    }

    const samples = new Map<string, Sample[]>(targets.map((target) => [target.name, []]))
    for (let round = 0; round < config.rounds; round++) {
      // Alternate the order so that neither side always runs on a warmer (or hotter) machine.
      const order = round % 2 === 0 ? targets : [...targets].reverse()
      for (const target of order) {
        const url = `${base}${target.path}`
        if (config.warmupS > 0) await runLoad(url, headers, config.warmupS)
        const sample = await runLoad(url, headers, config.durationS)
        samples.get(target.name)?.push(sample)
        log(
          `round ${round + 1}/${config.rounds} ${target.name}: ${(sample.requests2xx / sample.durationS).toFixed(1)} req/s`
        )
      }
    }

    const summaries = targets.map((target) => ({
      target,
      ...summarize(samples.get(target.name) ?? []),
    }))
    const peer = summaries.find((s) => s.target.role === "peer")
    const subject = summaries.find((s) => s.target.role === "subject")
    const ratio = peer && subject && peer.reqPerSec > 0 ? subject.reqPerSec / peer.reqPerSec : 0

    const width = Math.max(...targets.map((t) => t.name.length)) + 2
    console.log("")
    console.log(
      `${pad("endpoint", width)}${pad("req/s", 9, true)}${pad("p50 ms", 9, true)}${pad("p95 ms", 9, true)}${pad("p99 ms", 9, true)}${pad("non-2xx", 9, true)}${pad("errors", 8, true)}${pad("items", 7, true)}`
    )
    for (const s of summaries) {
      console.log(
        `${pad(s.target.name, width)}${pad(s.reqPerSec.toFixed(1), 9, true)}${pad(ms(s.p50), 9, true)}${pad(ms(s.p95), 9, true)}${pad(ms(s.p99), 9, true)}${pad(String(s.non2xx), 9, true)}${pad(String(s.errors), 8, true)}${pad(String(shapes[s.target.name]?.items ?? "?"), 7, true)}`
      )
    }
    console.log("")
    console.log(
      `ratio ocop/medusa (req/s): ${ratio.toFixed(2)}× — budget ≥ 1.00× ${ratio >= 1 ? "MET" : "NOT MET"}`
    )
    console.log(
      `(${config.connections} connections, ${config.rounds} × ${config.durationS} s per endpoint after ${config.warmupS} s warm-up, ${config.server} server, NODE_ENV=${config.nodeEnv})`
    )

    const resultPath = join(resultsDir, `store-ocop-${stamp}.json`)
    await writeFile(
      resultPath,
      `${JSON.stringify(
        {
          startedAt: startedAt.toISOString(),
          finishedAt: new Date().toISOString(),
          config,
          catalog: catalogSource,
          channel: key.channel,
          channelOcopProducts: key.products,
          node: process.version,
          shapes,
          results: summaries.map(({ target, ...rest }) => ({ ...target, ...rest })),
          ratio,
          budgetMet: ratio >= 1,
        },
        null,
        2
      )}\n`
    )
    log(`results written to ${resultPath}`)
  } finally {
    await server?.stop()
    if (!config.keepDatabase) {
      await dropDatabase(databaseUrl).catch((error) => log(`could not drop ${database}: ${error}`))
    }
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error)
  process.exit(1)
})
