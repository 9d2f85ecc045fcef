/**
 * `npm run bench -- --scale`: issue 11's table. For each catalog size (BENCH_SCALE_SIZES, default
 * the demo seed's 30, then 5,000 and 20,000 generated products) a backend boots through
 * startBackend() on a fresh database, backend/src/scripts/scale-catalog.ts loads the catalog, and
 * autocannon measures our store routes (listing plain, each filter, each sort, with q; product
 * page; producers) next to Medusa's own (/store/products, /store/regions) in the same run.
 * See bench/README.md ("bench --scale") for how to read it.
 */
import { mkdir } from "node:fs/promises"
import { join } from "node:path"
import { dropDatabase, type RunningBackend, splitDatabaseUrl, startBackend } from "@ocop/dev-stack"
import {
  benchDatabaseUrl,
  log,
  measureAlternating,
  ms,
  numberFromEnv,
  pad,
  pickPublishableKey,
  resultsDir,
  summarize,
  throwawayBackendEnv,
  withDatabase,
  writeResults,
} from "./lib.ts"

/** Sizes at or below the demo seed's 30 products load no generated catalog. */
const DEMO_PRODUCTS = 30

function sizesFromEnv(): number[] {
  const raw = process.env.BENCH_SCALE_SIZES || "30,5000,20000"
  const sizes = raw.split(",").map((part) => Number(part.trim().replace(/_/g, "")))
  if (sizes.some((size) => !Number.isInteger(size) || size < 0)) {
    throw new Error(`BENCH_SCALE_SIZES must be whole numbers separated by commas (got ${raw})`)
  }
  return sizes
}

const config = {
  sizes: sizesFromEnv(),
  durationS: numberFromEnv("BENCH_DURATION", 8),
  warmupS: numberFromEnv("BENCH_WARMUP", 2),
  connections: numberFromEnv("BENCH_CONNECTIONS", 10),
  rounds: numberFromEnv("BENCH_ROUNDS", 1),
  // a slow listing must show up as slow, not as autocannon's 10 s timeouts
  timeoutS: numberFromEnv("BENCH_TIMEOUT", 30),
  limit: numberFromEnv("BENCH_LIMIT", 20),
  port: numberFromEnv("BENCH_PORT", 9331),
  nodeEnv: process.env.BENCH_NODE_ENV === "development" ? "development" : "production",
  keepDatabase: process.env.BENCH_KEEP_DATABASE === "1",
  // several engineers share one PostgreSQL: each names its scratch databases with its own prefix
  databasePrefix: process.env.BENCH_DATABASE_PREFIX || "ocop_bench_scale_",
} as const

/** Issue 11's budgets at 20,000 products, same run, 10 connections. */
const BUDGET = { listingRatio: 3, listingP95: 300, detailP95: 100 }

type Kind = "listing" | "detail" | "producers" | "peer" | "medusa"

interface Target {
  name: string
  path: string
  kind: Kind
}

interface Row {
  name: string
  path: string
  kind: Kind
  status: number
  items: number | null
  reqPerSec: number
  p50: number
  p95: number
  p99: number
  non2xx: number
  errors: number
  /** req/s over Medusa's /store/products?limit=20 in the same run. */
  ratio: number | null
  budget: "MET" | "NOT MET" | null
}

interface SizeResult {
  size: number
  channel: string
  channelProducts: number
  /** Wall time of `medusa exec scale-catalog.ts` (boot included); null for the demo seed. */
  fixtureWallSeconds: number | null
  /** The fixture's own load time, as it recorded it (its store read model's cards included). */
  fixtureLoadSeconds: number | null
  /** Of which writing the store read model's cards. */
  fixtureReadModelSeconds: number | null
  rows: Row[]
}

interface Picks {
  ward: string | null
  district: string | null
  producer: string | null
  productHandle: string
  productId: string
}

/** Filter values that exist in the channel: the busiest ward, district and producer, a mid product. */
async function pickValues(databaseUrl: string, channelId: string): Promise<Picks> {
  return withDatabase(databaseUrl, async (client) => {
    const inChannel = `FROM ocop_product_profile op
      JOIN product_sales_channel psc ON psc.product_id = op.product_id
        AND psc.sales_channel_id = $1 AND psc.deleted_at IS NULL
      JOIN product p ON p.id = op.product_id AND p.deleted_at IS NULL AND p.status = 'published'`
    const busiest = async (column: string) => {
      const result = await client.query(
        `SELECT ${column} AS value, count(*) AS n ${inChannel}
          WHERE op.deleted_at IS NULL AND ${column} IS NOT NULL
          GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`,
        [channelId]
      )
      return (result.rows[0]?.value as string | undefined) ?? null
    }
    const producer = await client.query(
      `SELECT pr.handle, count(*) AS n ${inChannel}
        JOIN ocop_producer pr ON pr.id = op.producer_id AND pr.deleted_at IS NULL
        WHERE op.deleted_at IS NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`,
      [channelId]
    )
    const count = await client.query(`SELECT count(*)::int AS n ${inChannel}`, [channelId])
    const middle = await client.query(
      `SELECT p.id, p.handle ${inChannel} WHERE op.deleted_at IS NULL
        ORDER BY p.id OFFSET $2 LIMIT 1`,
      [channelId, Math.floor((count.rows[0]?.n ?? 0) / 2)]
    )
    const product = middle.rows[0]
    if (!product) throw new Error("the channel sells no OCOP product")
    return {
      ward: await busiest("op.ward_code"),
      district: await busiest("op.legacy_district"),
      producer: (producer.rows[0]?.handle as string | undefined) ?? null,
      productHandle: product.handle,
      productId: product.id,
    }
  })
}

function targetsFor(picks: Picks): Target[] {
  const page = `limit=${config.limit}`
  const listing = (name: string, query: string): Target => ({
    name,
    path: `/store/ocop/products?${query ? `${query}&` : ""}${page}`,
    kind: "listing",
  })
  const enc = encodeURIComponent
  const targets: Target[] = [
    listing("ocop listing", ""),
    listing("ocop stars=4", "stars=4"),
    listing("ocop group=food", "group=food"),
  ]
  // the busiest ward, district and producer of the size (logged with the picks)
  if (picks.ward) targets.push(listing("ocop ward=…", `ward=${enc(picks.ward)}`))
  if (picks.district) {
    targets.push(listing("ocop legacy_district=…", `legacy_district=${enc(picks.district)}`))
  }
  if (picks.producer) {
    targets.push(listing("ocop producer=…", `producer=${enc(picks.producer)}`))
  }
  for (const sort of ["newest", "price_asc", "price_desc", "stars", "name"]) {
    targets.push(listing(`ocop sort=${sort}`, `sort=${sort}`))
  }
  targets.push(
    listing("ocop q=mật ong", `q=${enc("mật ong")}`),
    {
      name: "ocop product page",
      path: `/store/ocop/products/${enc(picks.productHandle)}`,
      kind: "detail",
    },
    { name: "ocop producers", path: `/store/ocop/producers?${page}`, kind: "producers" }
  )
  if (picks.producer) {
    targets.push({
      name: "ocop producer page",
      path: `/store/ocop/producers/${enc(picks.producer)}?${page}`,
      kind: "producers",
    })
  }
  targets.push(
    { name: "medusa /store/products", path: `/store/products?${page}`, kind: "peer" },
    {
      name: "medusa product by id",
      path: `/store/products/${enc(picks.productId)}`,
      kind: "medusa",
    },
    { name: "medusa /store/regions", path: "/store/regions", kind: "medusa" }
  )
  return targets
}

function itemsIn(body: string): number | null {
  try {
    const parsed = JSON.parse(body)
    for (const key of ["products", "producers", "regions"]) {
      if (Array.isArray(parsed[key])) return parsed[key].length
    }
    return parsed.product || parsed.producer ? 1 : null
  } catch {
    return null
  }
}

function budgetOf(row: Row): Row["budget"] {
  if (row.status < 200 || row.status >= 300) return row.kind === "listing" ? "NOT MET" : null
  if (row.kind === "listing") {
    const met = (row.ratio ?? 0) >= BUDGET.listingRatio && row.p95 <= BUDGET.listingP95
    return met ? "MET" : "NOT MET"
  }
  if (row.kind === "detail") return row.p95 <= BUDGET.detailP95 ? "MET" : "NOT MET"
  return null
}

async function measure(base: string, headers: Record<string, string>, targets: Target[]) {
  const probes = new Map<string, { status: number; items: number | null }>()
  for (const target of targets) {
    const response = await fetch(`${base}${target.path}`, { headers })
    const body = await response.text()
    probes.set(target.name, { status: response.status, items: itemsIn(body) })
    if (!response.ok) log(`${target.name}: ${response.status} ${body.slice(0, 300)}`)
  }
  const live = targets.filter((target) => {
    const status = probes.get(target.name)?.status ?? 0
    return status >= 200 && status < 300
  })
  const samples = await measureAlternating(
    live.map((target) => ({ name: target.name, url: `${base}${target.path}` })),
    headers,
    config,
    (target, sample) =>
      log(`  ${target.name}: ${(sample.requests2xx / sample.durationS).toFixed(1)} req/s`)
  )
  const peer = summarize(samples.get("medusa /store/products") ?? [])
  return targets.map((target): Row => {
    const probe = probes.get(target.name) ?? { status: 0, items: null }
    const summary = summarize(samples.get(target.name) ?? [])
    const row: Row = {
      name: target.name,
      path: target.path,
      kind: target.kind,
      status: probe.status,
      items: probe.items,
      reqPerSec: summary.reqPerSec,
      p50: summary.p50,
      p95: summary.p95,
      p99: summary.p99,
      non2xx: summary.non2xx,
      errors: summary.errors,
      ratio:
        target.kind === "peer" || target.kind === "medusa" || peer.reqPerSec === 0
          ? null
          : summary.reqPerSec / peer.reqPerSec,
      budget: null,
    }
    row.budget = budgetOf(row)
    return row
  })
}

function printSize(result: SizeResult) {
  const width = Math.max(...result.rows.map((row) => row.name.length)) + 2
  console.log("")
  console.log(
    `${result.channelProducts} OCOP products in "${result.channel}"` +
      (result.fixtureLoadSeconds === null
        ? " (demo seed)"
        : ` (fixture: ${result.fixtureLoadSeconds.toFixed(1)} s load of which ${result.fixtureReadModelSeconds?.toFixed(1)} s store read model, ${result.fixtureWallSeconds?.toFixed(1)} s with medusa exec)`)
  )
  console.log(
    `${pad("request", width)}${pad("req/s", 9, true)}${pad("p50 ms", 10, true)}${pad("p95 ms", 10, true)}${pad("ours/medusa", 13, true)}${pad("items", 7, true)}${pad("errors", 8, true)}  budget`
  )
  for (const row of result.rows) {
    const failed = row.status < 200 || row.status >= 300
    console.log(
      `${pad(row.name, width)}${pad(failed ? `HTTP ${row.status}` : row.reqPerSec.toFixed(1), 9, true)}${pad(ms(row.p50), 10, true)}${pad(ms(row.p95), 10, true)}${pad(row.ratio === null ? "" : `${row.ratio.toFixed(2)}×`, 13, true)}${pad(String(row.items ?? ""), 7, true)}${pad(String(row.non2xx + row.errors), 8, true)}  ${row.budget ?? ""}`
    )
  }
}

/** Issue 11's table: a row per request, a column per size. */
function printSummary(results: SizeResult[]) {
  const names = [...new Set(results.flatMap((result) => result.rows.map((row) => row.name)))]
  const cell = (row: Row | undefined) => {
    if (!row) return ""
    if (row.status < 200 || row.status >= 300) return `HTTP ${row.status}`
    const ratio = row.ratio === null ? "" : ` · ${row.ratio.toFixed(2)}×`
    return `${row.reqPerSec.toFixed(1)} req/s, p50 ${ms(row.p50)}, p95 ${ms(row.p95)}${ratio}`
  }
  const header = results.map(
    (result) => `${result.channelProducts.toLocaleString("en")} products in the channel`
  )
  console.log("")
  console.log(`| request (${config.connections} connections) | ${header.join(" | ")} |`)
  console.log(`|---|${results.map(() => "---").join("|")}|`)
  for (const name of names) {
    const cells = results.map((result) => cell(result.rows.find((row) => row.name === name)))
    console.log(`| \`${name}\` | ${cells.join(" | ")} |`)
  }
  console.log(
    `| fixture load (s) | ${results.map((result) => (result.fixtureLoadSeconds === null ? "demo seed" : result.fixtureLoadSeconds.toFixed(1))).join(" | ")} |`
  )
  console.log("")
  console.log(
    `budgets (issue 11, at the largest size): every ocop listing row ≥ ${BUDGET.listingRatio}× Medusa's /store/products and p95 ≤ ${BUDGET.listingP95} ms; product page p95 ≤ ${BUDGET.detailP95} ms`
  )
  const largest = results[results.length - 1]
  if (largest) {
    const judged = largest.rows.filter((row) => row.budget !== null)
    const missed = judged.filter((row) => row.budget === "NOT MET")
    console.log(
      `at ${largest.channelProducts} products: ${judged.length - missed.length}/${judged.length} rows within budget` +
        (missed.length ? ` (not: ${missed.map((row) => row.name).join(", ")})` : "")
    )
  }
}

async function readFixtureSeconds(
  databaseUrl: string
): Promise<{ load: number | null; readModel: number | null }> {
  return withDatabase(databaseUrl, async (client) => {
    const result = await client.query(
      `SELECT metadata->'ocop_scale_catalog'->>'seconds' AS seconds,
        metadata->'ocop_scale_catalog'->>'readModelSeconds' AS read_model
        FROM store WHERE deleted_at IS NULL LIMIT 1`
    )
    const number = (value: unknown) => (value == null ? null : Number(value))
    return { load: number(result.rows[0]?.seconds), readModel: number(result.rows[0]?.read_model) }
  })
}

/** A copy of a migrated, seeded database: each size starts from the same fresh state. */
async function cloneDatabase(source: string, target: string) {
  const { serverUrl, database } = splitDatabaseUrl(source)
  const { database: name } = splitDatabaseUrl(target)
  await withDatabase(serverUrl, async (client) => {
    await client.query(
      `CREATE DATABASE ${client.escapeIdentifier(name)} TEMPLATE ${client.escapeIdentifier(database)}`
    )
  })
}

export async function main() {
  const startedAt = new Date()
  const stamp = startedAt.toISOString().replace(/[:.]/g, "-")
  await mkdir(resultsDir, { recursive: true })
  const backendEnv = throwawayBackendEnv()
  const results: SizeResult[] = []
  // the first size migrates and seeds; later sizes start from a copy of that database
  const templateUrl = benchDatabaseUrl(`${config.databasePrefix}base_${Date.now()}`)
  let templateReady = false
  log(
    `sizes ${config.sizes.join(", ")}; ${config.connections} connections, ${config.rounds} × ${config.durationS} s per request after ${config.warmupS} s warm-up, NODE_ENV=${config.nodeEnv}`
  )
  try {
    for (const size of config.sizes) {
      const databaseUrl = benchDatabaseUrl(`${config.databasePrefix}${size}_${Date.now()}`)
      const serverLog = join(resultsDir, `server-scale-${size}-${stamp}.log`)
      let server: RunningBackend | undefined
      let fixtureWallSeconds: number | null = null
      try {
        if (templateReady) await cloneDatabase(templateUrl, databaseUrl)
        log(`size ${size}: database ${splitDatabaseUrl(databaseUrl).database}`)
        server = await startBackend({
          port: config.port,
          databaseUrl,
          migrate: !templateReady,
          seed: !templateReady,
          nodeEnv: config.nodeEnv,
          env: { ...backendEnv, SCALE_PRODUCTS: String(size) },
          logFile: serverLog,
          setup: async ({ medusa }) => {
            if (!templateReady) {
              await cloneDatabase(databaseUrl, templateUrl)
              templateReady = true
            }
            if (size <= DEMO_PRODUCTS) return
            const started = Date.now()
            await medusa("exec ./src/scripts/scale-catalog.ts")
            fixtureWallSeconds = (Date.now() - started) / 1000
          },
        })
        const key = await pickPublishableKey(databaseUrl)
        const picks = await pickValues(databaseUrl, key.channel_id)
        log(
          `size ${size}: ${key.products} OCOP products in "${key.channel}"; ward ${picks.ward}, district ${picks.district}, producer ${picks.producer}, product ${picks.productHandle}`
        )
        const rows = await measure(
          server.url,
          { "x-publishable-api-key": key.token },
          targetsFor(picks)
        )
        const fixture =
          size > DEMO_PRODUCTS
            ? await readFixtureSeconds(databaseUrl)
            : { load: null, readModel: null }
        const result: SizeResult = {
          size,
          channel: key.channel,
          channelProducts: key.products,
          fixtureWallSeconds,
          fixtureLoadSeconds: fixture.load,
          fixtureReadModelSeconds: fixture.readModel,
          rows,
        }
        results.push(result)
        printSize(result)
      } finally {
        await server?.stop()
        if (!config.keepDatabase) {
          await dropDatabase(databaseUrl).catch((error) => log(`could not drop: ${error}`))
        }
      }
    }
  } finally {
    await dropDatabase(templateUrl).catch((error) => log(`could not drop the template: ${error}`))
  }

  printSummary(results)
  await writeResults(`scale-${stamp}.json`, startedAt, { config, budget: BUDGET, results })
}
