/**
 * `npm run bench`: the Store API OCOP listing against Medusa's own product listing, measured in the
 * same run on the same server and data. See bench/README.md for what it does and how to read it.
 */
import { existsSync } from "node:fs"
import { mkdir, rm } from "node:fs/promises"
import { join } from "node:path"
import {
  BACKEND_DIR,
  dropDatabase,
  MEDUSA_BIN,
  type RunningBackend,
  runStep,
  splitDatabaseUrl,
  startBackend,
} from "@ocop/dev-stack"
import {
  benchDatabaseUrl,
  log,
  measureAlternating,
  numberFromEnv,
  pickPublishableKey,
  printTable,
  regionId,
  resultsDir,
  summarize,
  throwawayBackendEnv,
  withDatabase,
  writeResults,
} from "./lib.ts"

const backendDir = BACKEND_DIR

const config = {
  durationS: numberFromEnv("BENCH_DURATION", 10),
  warmupS: numberFromEnv("BENCH_WARMUP", 3),
  connections: numberFromEnv("BENCH_CONNECTIONS", 10),
  // on a busy machine a slow listing must show up as slow, not as autocannon's 10 s timeouts
  timeoutS: numberFromEnv("BENCH_TIMEOUT", 30),
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

const PEER = "medusa /store/products"
const FULL_PAGE = "ocop /store/ocop/products (no filter)"
const SAME_WORK = "medusa /store/products + price + stock"

interface Target {
  name: string
  path: string
  /** The pair the ratio is computed on. */
  role: "peer" | "subject" | "info"
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

/**
 * `medusa build`, keeping the backend as we found it: the build writes generated query types to
 * backend/.medusa/types, which the backend's own typecheck would then pick up, so they are removed
 * again when they were not there before.
 */
async function buildServer(env: NodeJS.ProcessEnv) {
  const typesDir = join(backendDir, ".medusa", "types")
  const hadTypes = existsSync(typesDir)
  try {
    await runStep({ name: "build", command: `${MEDUSA_BIN} build`, cwd: backendDir, env })
  } finally {
    if (!hadTypes) await rm(typesDir, { recursive: true, force: true })
  }
}

async function main() {
  const startedAt = new Date()
  const databaseUrl = benchDatabaseUrl()
  const { database } = splitDatabaseUrl(databaseUrl)
  await mkdir(resultsDir, { recursive: true })
  const stamp = startedAt.toISOString().replace(/[:.]/g, "-")
  const serverLog = join(resultsDir, `server-${stamp}.log`)

  const isBuild = config.server === "build"
  const backendEnv = throwawayBackendEnv()
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
      { name: PEER, path: `/store/products?limit=${limit}`, role: "peer" },
      {
        name: "ocop /store/ocop/products?stars=4",
        path: `/store/ocop/products?stars=4&limit=${limit}`,
        role: "subject",
      },
    ]
    if (config.extraTargets) {
      targets.push(
        {
          name: FULL_PAGE,
          path: `/store/ocop/products?limit=${limit}`,
          role: "info",
        },
        {
          name: SAME_WORK,
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

    const samples = await measureAlternating(
      targets.map((target) => ({ name: target.name, url: `${base}${target.path}` })),
      headers,
      config
    )

    const summaries = targets.map((target) => ({
      target,
      ...summarize(samples.get(target.name) ?? []),
    }))
    const rate = (name: string) => summaries.find((s) => s.target.name === name)?.reqPerSec ?? 0
    const over = (a: number, b: number) => (b > 0 ? a / b : 0)
    const peer = summaries.find((s) => s.target.role === "peer")
    const subject = summaries.find((s) => s.target.role === "subject")
    const ratio = over(subject?.reqPerSec ?? 0, peer?.reqPerSec ?? 0)

    printTable(
      summaries.map((s) => ({
        name: s.target.name,
        summary: s,
        items: shapes[s.target.name]?.items,
      }))
    )
    console.log(
      `ratio ocop/medusa (req/s): ${ratio.toFixed(2)}× — budget ≥ 1.00× ${ratio >= 1 ? "MET" : "NOT MET"}`
    )
    // Issue 8's goals for the full page: ≥ 3× Medusa's listing, ≥ 5× Medusa doing the same work.
    const page = rate(FULL_PAGE)
    const pageRatios = config.extraTargets
      ? { medusa: over(page, rate(PEER)), samework: over(page, rate(SAME_WORK)) }
      : null
    if (pageRatios) {
      console.log(
        `ratio ocop (no filter)/medusa: ${pageRatios.medusa.toFixed(2)}× (goal ≥ 3×); /medusa + price + stock: ${pageRatios.samework.toFixed(2)}× (goal ≥ 5×)`
      )
    }
    console.log(
      `(${config.connections} connections, ${config.rounds} × ${config.durationS} s per endpoint after ${config.warmupS} s warm-up, ${config.server} server, NODE_ENV=${config.nodeEnv})`
    )

    await writeResults(`store-ocop-${stamp}.json`, startedAt, {
      config,
      catalog: catalogSource,
      channel: key.channel,
      channelOcopProducts: key.products,
      shapes,
      results: summaries.map(({ target, ...rest }) => ({ ...target, ...rest })),
      ratio,
      budgetMet: ratio >= 1,
      pageRatios,
    })
  } finally {
    await server?.stop()
    if (!config.keepDatabase) {
      await dropDatabase(databaseUrl).catch((error) => log(`could not drop ${database}: ${error}`))
    }
  }
}

// `npm run bench -- --scale`: the same routes at national catalog sizes (bench/scale.ts);
// `npm run bench -- --pos`: the till in Chromium on a 5,000-SKU register (bench/pos.ts);
// `npm run bench -- --limits`: the listing with the abuse limits on and off (bench/limits.ts)
const run = process.argv.includes("--scale")
  ? import("./scale.ts").then((scale) => scale.main())
  : process.argv.includes("--pos")
    ? import("./pos.ts").then((pos) => pos.main())
    : process.argv.includes("--limits")
      ? import("./limits.ts").then((limits) => limits.main())
      : main()
run.catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error)
  process.exit(1)
})
