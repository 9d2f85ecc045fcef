/**
 * What every backend bench shares: settings from env, a scratch database, the store's key and
 * region, throwaway production secrets, and autocannon runs summarised as req/s and percentiles.
 */
import { randomBytes } from "node:crypto"
import { writeFile } from "node:fs/promises"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import autocannon from "autocannon"
import pg from "pg"

/** Where benches write their numbers and server logs (gitignored). */
export const resultsDir = join(dirname(fileURLToPath(import.meta.url)), "results")

export function numberFromEnv(name: string, fallback: number): number {
  const raw = process.env[name]
  const value = raw === undefined || raw === "" ? fallback : Number(raw)
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number (got ${raw})`)
  return value
}

export function log(message: string) {
  console.log(`[bench] ${message}`)
}

/** A fresh database name on the PostgreSQL of BENCH_DATABASE_URL, DATABASE_URL or localhost. */
export function benchDatabaseUrl(name = `ocop_bench_${Date.now()}`): string {
  const base =
    process.env.BENCH_DATABASE_URL ||
    process.env.DATABASE_URL ||
    "postgres://postgres@localhost:5432/postgres"
  const url = new URL(base)
  url.pathname = `/${name}`
  return url.toString()
}

export async function withDatabase<T>(
  databaseUrl: string,
  work: (client: pg.Client) => Promise<T>
): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/** The publishable key whose sales channel sells the most OCOP products (the web store). */
export async function pickPublishableKey(databaseUrl: string) {
  return withDatabase(databaseUrl, async (client) => {
    const result = await client.query(
      `SELECT k.token, sc.id AS channel_id, sc.name AS channel, count(DISTINCT psc.product_id)::int AS products
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
    return row as { token: string; channel_id: string; channel: string; products: number }
  })
}

export async function regionId(databaseUrl: string): Promise<string | null> {
  return withDatabase(databaseUrl, async (client) => {
    const result = await client.query(
      `SELECT default_region_id FROM store WHERE deleted_at IS NULL LIMIT 1`
    )
    return result.rows[0]?.default_region_id ?? null
  })
}

/**
 * Throwaway secrets and payee: production mode refuses the development defaults. No request in
 * a bench reaches a payment provider.
 */
export function throwawayBackendEnv(): Record<string, string> {
  return {
    JWT_SECRET: randomBytes(24).toString("hex"),
    COOKIE_SECRET: randomBytes(24).toString("hex"),
    VIETQR_BANK_BIN: process.env.VIETQR_BANK_BIN || "970436",
    VIETQR_ACCOUNT_NUMBER: process.env.VIETQR_ACCOUNT_NUMBER || "1234567890",
    VIETQR_ACCOUNT_NAME: process.env.VIETQR_ACCOUNT_NAME || "OCOP BENCH",
    VIETQR_WEBHOOK_SECRET: process.env.VIETQR_WEBHOOK_SECRET || randomBytes(24).toString("hex"),
    VIETQR_SEAL_SECRET: randomBytes(24).toString("hex"),
  }
}

export interface Sample {
  requests2xx: number
  non2xx: number
  errors: number
  timeouts: number
  durationS: number
  latencies: number[]
}

export interface LoadOptions {
  connections: number
  /** Measure for this long… */
  seconds?: number
  /** …or until this many requests are answered (for routes slower than the window). */
  amount?: number
  /** Seconds before autocannon gives up on one request (its default is 10). */
  timeoutS?: number
}

export async function runLoad(
  url: string,
  headers: Record<string, string>,
  options: LoadOptions
): Promise<Sample> {
  const latencies: number[] = []
  const instance = autocannon({
    url,
    headers,
    connections: options.connections,
    ...(options.amount ? { amount: options.amount } : { duration: options.seconds }),
    ...(options.timeoutS ? { timeout: options.timeoutS } : {}),
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
  }
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  return sorted[Math.max(0, index)] as number
}

export function summarize(samples: Sample[]) {
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

export const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : "-")

export function pad(value: string, width: number, right = false) {
  return right ? value.padStart(width) : value.padEnd(width)
}

/** Writes a bench's numbers to bench/results/<file> with when and on what Node it ran. */
export async function writeResults(file: string, startedAt: Date, data: Record<string, unknown>) {
  const path = join(resultsDir, file)
  const document = {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    node: process.version,
    ...data,
  }
  await writeFile(path, `${JSON.stringify(document, null, 2)}\n`)
  log(`results written to ${path}`)
}

/** One request a bench loads: a display name and the full URL. */
export interface LoadTarget {
  name: string
  url: string
}

/**
 * A row that got fewer answers than this per connection in its window is measured again by
 * count (every connection waits for its answers), so that a route slower than the window still
 * gets its rate and percentiles rather than 0.
 */
export const MIN_ANSWERS_PER_CONNECTION = 2

/**
 * autocannon stops at the end of its window with up to one request per connection still in the
 * server; on a slow route those would be served during the next row's window. One more request,
 * queued behind them, returns when they are done.
 */
export async function drain(url: string, headers: Record<string, string>, timeoutS = 30) {
  await fetch(url, { headers, signal: AbortSignal.timeout(timeoutS * 1000 * 2) })
    .then((response) => response.arrayBuffer())
    .catch(() => {})
}

/**
 * Rounds of warm-up then measurement over every target, the order reversed each round so that
 * neither side always runs second on a warmer (or busier) machine. A target slower than its
 * window is measured again by count (MIN_ANSWERS_PER_CONNECTION). Returns the samples by name.
 */
export async function measureAlternating(
  targets: LoadTarget[],
  headers: Record<string, string>,
  options: {
    rounds: number
    warmupS: number
    durationS: number
    connections: number
    /** Seconds before one request counts as an error (autocannon's default is 10). */
    timeoutS?: number
  },
  report: (target: LoadTarget, sample: Sample, round: number) => void = (target, sample, round) =>
    log(
      `round ${round + 1}/${options.rounds} ${target.name}: ${(sample.requests2xx / sample.durationS).toFixed(1)} req/s`
    )
): Promise<Map<string, Sample[]>> {
  const samples = new Map<string, Sample[]>(targets.map((target) => [target.name, []]))
  const load = { connections: options.connections, timeoutS: options.timeoutS }
  const minimum = MIN_ANSWERS_PER_CONNECTION * options.connections
  for (let round = 0; round < options.rounds; round++) {
    const order = round % 2 === 0 ? targets : [...targets].reverse()
    for (const target of order) {
      if (options.warmupS > 0) {
        await runLoad(target.url, headers, { ...load, seconds: options.warmupS })
        await drain(target.url, headers, options.timeoutS)
      }
      let sample = await runLoad(target.url, headers, { ...load, seconds: options.durationS })
      await drain(target.url, headers, options.timeoutS)
      if (sample.requests2xx < minimum) {
        // slower than the window: answers still in flight at its end were never counted
        sample = await runLoad(target.url, headers, { ...load, amount: minimum })
      }
      samples.get(target.name)?.push(sample)
      report(target, sample, round)
    }
  }
  return samples
}

/** Prints one row per summary: req/s, p50/p95/p99, non-2xx, errors and optionally items. */
export function printTable(
  rows: { name: string; summary: ReturnType<typeof summarize>; items?: number | string }[]
) {
  const width = Math.max(8, ...rows.map((row) => row.name.length)) + 2
  const withItems = rows.some((row) => row.items !== undefined)
  console.log("")
  console.log(
    `${pad("endpoint", width)}${pad("req/s", 9, true)}${pad("p50 ms", 9, true)}${pad("p95 ms", 9, true)}${pad("p99 ms", 9, true)}${pad("non-2xx", 9, true)}${pad("errors", 8, true)}${withItems ? pad("items", 7, true) : ""}`
  )
  for (const { name, summary: s, items } of rows) {
    console.log(
      `${pad(name, width)}${pad(s.reqPerSec.toFixed(1), 9, true)}${pad(ms(s.p50), 9, true)}${pad(ms(s.p95), 9, true)}${pad(ms(s.p99), 9, true)}${pad(String(s.non2xx), 9, true)}${pad(String(s.errors), 8, true)}${withItems ? pad(String(items ?? "?"), 7, true) : ""}`
    )
  }
  console.log("")
}
