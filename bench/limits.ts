/**
 * `npm run bench -- --limits`: issue 12's check that the abuse limits cost the storefront's reads
 * nothing. Two backends on one freshly seeded database, the same code and settings except
 * RATE_LIMIT (on for one, off for the other), serve the same listing request under load at the
 * same time, round after round; the ratio on/off must be ≥ 0.95. See bench/README.md
 * ("bench --limits").
 */
import { mkdir } from "node:fs/promises"
import { join } from "node:path"
import { dropDatabase, type RunningBackend, splitDatabaseUrl, startBackend } from "@ocop/dev-stack"
import {
  benchDatabaseUrl,
  drain,
  log,
  numberFromEnv,
  pickPublishableKey,
  printTable,
  resultsDir,
  runLoad,
  type Sample,
  summarize,
  throwawayBackendEnv,
  writeResults,
} from "./lib.ts"

const config = {
  durationS: numberFromEnv("BENCH_DURATION", 10),
  warmupS: numberFromEnv("BENCH_WARMUP", 3),
  connections: numberFromEnv("BENCH_CONNECTIONS", 10),
  // on a busy machine a slow listing must show up as slow, not as autocannon's 10 s timeouts
  timeoutS: numberFromEnv("BENCH_TIMEOUT", 30),
  rounds: numberFromEnv("BENCH_ROUNDS", 4),
  limit: numberFromEnv("BENCH_LIMIT", 20),
  /** The first server here, the second on the next port. */
  port: numberFromEnv("BENCH_PORT", 9331),
  nodeEnv: process.env.BENCH_NODE_ENV === "development" ? "development" : "production",
  keepDatabase: process.env.BENCH_KEEP_DATABASE === "1",
  firstSide: process.env.BENCH_LIMITS_FIRST === "off" ? "off" : "on",
} as const

/** Issue 12: throughput with the limits on within 5 % of it off. */
const MIN_RATIO = 0.95

const ON = "limits on (RATE_LIMIT=on)"
const OFF = "limits off (RATE_LIMIT=off)"

export async function main() {
  const startedAt = new Date()
  const stamp = startedAt.toISOString().replace(/[:.]/g, "-")
  await mkdir(resultsDir, { recursive: true })
  const databaseUrl = benchDatabaseUrl()
  const { database } = splitDatabaseUrl(databaseUrl)
  const backendEnv = throwawayBackendEnv()
  const nodeEnv = config.nodeEnv
  const servers: RunningBackend[] = []

  try {
    log(`database ${database} (fresh)`)
    // The first server migrates and seeds; BENCH_LIMITS_FIRST=off starts the other side first,
    // to tell a cost of the limits from a cost of being the first server up.
    const sides = {
      on: { env: { ...backendEnv, RATE_LIMIT: "on" }, log: "on" },
      off: { env: { ...backendEnv, RATE_LIMIT: "off" }, log: "off" },
    }
    const order = config.firstSide === "off" ? (["off", "on"] as const) : (["on", "off"] as const)
    const started: Partial<Record<"on" | "off", RunningBackend>> = {}
    for (const [index, side] of order.entries()) {
      const server = await startBackend({
        port: config.port + index,
        databaseUrl,
        migrate: index === 0,
        seed: index === 0,
        nodeEnv,
        // explicit on both sides, so that a RATE_LIMIT in the caller's environment decides neither
        env: sides[side].env,
        logFile: join(resultsDir, `server-limits-${sides[side].log}-${stamp}.log`),
      })
      servers.push(server)
      started[side] = server
    }
    const on = started.on as RunningBackend
    const off = started.off as RunningBackend
    const key = await pickPublishableKey(databaseUrl)
    log(
      `servers up: on ${on.url}, off ${off.url}; key of "${key.channel}" (${key.products} OCOP products)`
    )

    const headers = { "x-publishable-api-key": key.token }
    const path = `/store/ocop/products?limit=${config.limit}`
    const targets = [
      { name: ON, url: `${on.url}${path}` },
      { name: OFF, url: `${off.url}${path}` },
    ]
    // Both answer, and answer alike, before anything is measured.
    const bodies = await Promise.all(
      targets.map(async (target) => {
        const response = await fetch(target.url, { headers })
        const body = await response.text()
        if (!response.ok) throw new Error(`${target.url} answered ${response.status}: ${body}`)
        return body
      })
    )
    const items = bodies.map((body) => (JSON.parse(body).products?.length ?? 0) as number)
    if (items[0] !== items[1]) throw new Error(`the two servers list ${items.join(" and ")} items`)
    log(`GET ${path}: ${items[0]} products on both`)

    // Both sides under load in the same windows: whatever else the machine runs meanwhile slows
    // both alike (rounds taken one side after the other differed by more than the budget).
    const samples = new Map<string, Sample[]>(targets.map((target) => [target.name, []]))
    const load = { connections: config.connections, timeoutS: config.timeoutS }
    for (let round = 0; round < config.rounds; round++) {
      if (config.warmupS > 0) {
        await Promise.all(
          targets.map((t) => runLoad(t.url, headers, { ...load, seconds: config.warmupS }))
        )
      }
      const measured = await Promise.all(
        targets.map((t) => runLoad(t.url, headers, { ...load, seconds: config.durationS }))
      )
      await Promise.all(targets.map((t) => drain(t.url, headers, config.timeoutS)))
      targets.forEach((target, index) => {
        const sample = measured[index] as Sample
        samples.get(target.name)?.push(sample)
        log(
          `round ${round + 1}/${config.rounds} ${target.name}: ${(sample.requests2xx / sample.durationS).toFixed(1)} req/s`
        )
      })
    }
    const summaries = targets.map((target) => ({
      name: target.name,
      summary: summarize(samples.get(target.name) ?? []),
      items: items[0],
    }))
    const [withLimits, withoutLimits] = summaries.map((row) => row.summary)
    const ratio =
      withLimits && withoutLimits && withoutLimits.reqPerSec > 0
        ? withLimits.reqPerSec / withoutLimits.reqPerSec
        : 0
    printTable(summaries)
    for (const row of summaries) {
      log(
        `${row.name} per round: ${row.summary.perRound.map((r) => r.toFixed(1)).join(", ")} req/s`
      )
    }
    console.log(
      `ratio limits on/off (req/s): ${ratio.toFixed(3)} — budget ≥ ${MIN_RATIO} ${ratio >= MIN_RATIO ? "MET" : "NOT MET"}`
    )
    console.log(
      `(GET ${path}, ${config.connections} connections, ${config.rounds} × ${config.durationS} s per side after ${config.warmupS} s warm-up, both sides at once, NODE_ENV=${nodeEnv})`
    )
    await writeResults(`limits-${stamp}.json`, startedAt, {
      config,
      path,
      channel: key.channel,
      results: summaries,
      ratio,
      budgetMet: ratio >= MIN_RATIO,
    })
  } finally {
    for (const server of servers.reverse()) await server.stop()
    if (!config.keepDatabase) {
      await dropDatabase(databaseUrl).catch((error) => log(`could not drop ${database}: ${error}`))
    }
  }
}
