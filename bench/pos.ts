/**
 * `npm run bench -- --pos`: the till's budgets (issue 10, DESIGN.md) measured in Debian's Chromium
 * against one real backend whose register CH1 sells ≈ BENCH_POS_SKUS (5,000) variants, in one run:
 *
 *   first catalog sync            ≤ 10 s for 5,000 SKUs
 *   search keystroke → results    p95 ≤ 50 ms   (peer: a bare text change timed the same way)
 *   scan → line on screen         p95 ≤ 50 ms   (same peer)
 *   cold start offline → ready    p95 ≤ 2 s
 *   drain of 500 queued sales     ≤ 60 s, exactly 500 orders, zero duplicates
 *
 * Latencies run from the key event's own timestamp to the first task after the next paint, so
 * they include React, layout and paint. See bench/README.md ("bench --pos").
 */
import { randomBytes } from "node:crypto"
import { mkdir, writeFile } from "node:fs/promises"
import { join } from "node:path"
import {
  dropDatabase,
  launchChromium,
  type RunningBackend,
  runStep,
  startBackend,
} from "@ocop/dev-stack"
import type { Page } from "playwright-core"
import {
  countOrders,
  type DemoLogin,
  demoLogins,
  posDir,
  startPreview,
} from "../pos/e2e/support/stack.ts"
import {
  newSale,
  openShift,
  pairTablet,
  payCash,
  scan,
  signIn,
  waitForBadge,
  waitForServiceWorker,
} from "../pos/e2e/support/till.ts"
import {
  benchDatabaseUrl,
  log,
  numberFromEnv,
  percentile,
  resultsDir,
  throwawayBackendEnv,
  withDatabase,
  writeResults,
} from "./lib.ts"

const SKUS = numberFromEnv("BENCH_POS_SKUS", 5000)

const config = {
  skus: SKUS,
  /** scale-catalog.ts makes 1–3 variants a product (≈ 2 on average). */
  products: numberFromEnv("SCALE_PRODUCTS", Math.ceil(SKUS / 2)),
  queued: numberFromEnv("BENCH_POS_QUEUED", 500),
  coldStarts: numberFromEnv("BENCH_POS_COLD_STARTS", 10),
  scans: numberFromEnv("BENCH_POS_SCANS", 60),
  port: numberFromEnv("BENCH_PORT", 9331),
  appPort: numberFromEnv("BENCH_POS_APP_PORT", 9333),
  nodeEnv: process.env.BENCH_NODE_ENV || "production",
  databasePrefix: process.env.BENCH_DATABASE_PREFIX || "ocop_bench_",
  keepDatabase: process.env.BENCH_KEEP_DATABASE === "1",
  /** A database kept by an earlier run (BENCH_KEEP_DATABASE=1): no migrations, seed or catalog. */
  reuseDatabase: process.env.BENCH_POS_REUSE_DATABASE || "",
  skipBuild: process.env.BENCH_POS_SKIP_BUILD === "1",
  /** Records a CPU profile of the search phase (bench/results/pos-search-<time>.cpuprofile). */
  profile: process.env.BENCH_POS_PROFILE === "1",
}

/** The register the bench sells at, and the channel its catalog is put on sale in. */
const REGISTER = "CH1"
const REGISTER_CHANNEL = "Cửa hàng OCOP số 1"

/** Tone-free queries a clerk types, one keystroke at a time. */
const QUERIES = [
  "quyt bac son",
  "gao nep",
  "mat ong",
  "che mau son",
  "ruou men",
  "hoi",
  "mien dong",
]

interface Row {
  what: string
  n: number
  p50: number
  p95: number
  budget: string
  ok: boolean | null
}

function latencyRow(what: string, values: number[], budgetMs: number | null): Row {
  const sorted = [...values].sort((a, b) => a - b)
  const p95 = percentile(sorted, 95)
  return {
    what,
    n: values.length,
    p50: percentile(sorted, 50),
    p95,
    budget: budgetMs === null ? "peer" : `p95 ≤ ${budgetMs.toLocaleString("en")} ms`,
    ok: budgetMs === null ? null : p95 <= budgetMs,
  }
}

/** Records, in the page, key event → first task after the next paint, per DOM change of `target`. */
async function installLatencyProbe(page: Page, key: "any" | "Enter", target: string) {
  await page.evaluate(
    ({ key, target }) => {
      const w = window as unknown as { __latencies: number[]; __probe?: MutationObserver }
      w.__probe?.disconnect()
      w.__latencies = []
      let pending: number | null = null
      document.addEventListener(
        "keydown",
        (event) => {
          if (key === "any" || event.key === key) pending = event.timeStamp
        },
        true
      )
      const node = document.querySelector(target) ?? document.body
      w.__probe = new MutationObserver(() => {
        if (pending === null) return
        const start = pending
        pending = null
        requestAnimationFrame(() => {
          const channel = new MessageChannel()
          channel.port1.onmessage = () => w.__latencies.push(performance.now() - start)
          channel.port2.postMessage(0)
        })
      })
      w.__probe.observe(node, { childList: true, subtree: true, characterData: true })
    },
    { key, target }
  )
}

const readLatencies = (page: Page) =>
  page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies)

/** The peer: a bare text change on a blank page, timed from a key event the same way. */
async function floorLatencies(page: Page, samples: number): Promise<number[]> {
  await page.setContent('<input id="i" autofocus><p id="o"></p>')
  await page.evaluate(() => {
    const input = document.getElementById("i") as HTMLInputElement
    const output = document.getElementById("o") as HTMLElement
    input.addEventListener("keydown", (event) => {
      output.textContent = `${event.key}${performance.now()}`
    })
  })
  await installLatencyProbe(page, "any", "#o")
  await page.focus("#i")
  for (let i = 0; i < samples; i++) {
    await page.keyboard.type("x")
    await page.waitForTimeout(30)
  }
  return readLatencies(page)
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]
  samples: number[]
  timeDeltas: number[]
}

/** The functions that took the most CPU (self time) in a profile, as note lines. */
function topSelfTime(profile: CpuProfile, top = 12): string[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const self = new Map<string, number>()
  profile.samples.forEach((id, index) => {
    const frame = byId.get(id)?.callFrame
    if (!frame) return
    const name = `${frame.functionName || "(anonymous)"} ${frame.url.split("/").pop()}:${frame.lineNumber}`
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000)
  })
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, ms]) => `search profile: ${ms.toFixed(0)} ms self in ${name}`)
}

/** Barcodes of the tablet's own catalog (IndexedDB), skipping alcohol (its ID check is a dialog). */
async function localBarcodes(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const open = indexedDB.open("ocop-pos")
    const db = await new Promise<IDBDatabase>((resolve) => {
      open.onsuccess = () => resolve(open.result)
    })
    const all = db.transaction("catalog").objectStore("catalog").getAll()
    const items = await new Promise<{ barcode: string | null; age_check_required: boolean }[]>(
      (resolve) => {
        all.onsuccess = () => resolve(all.result)
      }
    )
    db.close()
    return items
      .filter((item) => item.barcode && !item.age_check_required)
      .map((item) => item.barcode as string)
  })
}

/**
 * Turns the one sale queued offline into `count`: copies with their own client UUID and the next
 * register-scoped sale numbers, the shape the app itself writes (committing 500 sales through
 * the screens would measure Playwright, not the drain).
 */
async function cloneQueuedSale(page: Page, count: number) {
  await page.evaluate(async (count) => {
    const open = indexedDB.open("ocop-pos")
    const db = await new Promise<IDBDatabase>((resolve) => {
      open.onsuccess = () => resolve(open.result)
    })
    const tx = db.transaction(["outbox", "settings"], "readwrite")
    const store = tx.objectStore("outbox")
    const all = store.getAll()
    const rows = await new Promise<Record<string, unknown>[]>((resolve) => {
      all.onsuccess = () => resolve(all.result)
    })
    const template = rows.find((entry) => entry.kind === "sale" && entry.status === "pending")
    if (!template) throw new Error("no queued sale to clone")
    const maxSeq = Math.max(...rows.map((entry) => Number(entry.seq)))
    const payload = template.payload as Record<string, unknown>
    // the next register-scoped numbers after the template's ("CH1A-000002" → …003, …004)
    const [, prefix = "", digits = "0"] = /^(.*?)(\d+)$/.exec(String(payload.sale_number)) ?? []
    const base = Number(digits)
    tx.objectStore("settings").put({ key: "saleSequence", value: base + count - 1 })
    tx.objectStore("settings").put({ key: "outboxSequence", value: maxSeq + count - 1 })
    for (let i = 1; i < count; i++) {
      const clientId = crypto.randomUUID()
      store.add({
        ...template,
        clientId,
        seq: maxSeq + i,
        payload: {
          ...payload,
          client_id: clientId,
          sale_number: `${prefix}${String(base + i).padStart(digits.length, "0")}`,
        },
      })
    }
    await new Promise((resolve) => {
      tx.oncomplete = resolve
    })
    db.close()
  }, count)
}

/** Orders of the register's channel since `since`, and how many distinct sales they record. */
async function ordersSince(databaseUrl: string, since: Date) {
  return withDatabase(databaseUrl, async (client) => {
    const result = await client.query(
      `SELECT count(DISTINCT o.id)::int AS orders,
              count(DISTINCT s.client_id)::int AS sales,
              count(DISTINCT o.id) FILTER (WHERE s.id IS NULL)::int AS orphans
       FROM "order" o
       JOIN sales_channel sc ON sc.id = o.sales_channel_id AND sc.name = $1
       LEFT JOIN pos_sale s ON s.order_id = o.id AND s.deleted_at IS NULL
       WHERE o.created_at >= $2 AND o.deleted_at IS NULL`,
      [REGISTER_CHANNEL, since]
    )
    return result.rows[0] as { orders: number; sales: number; orphans: number }
  })
}

async function measure(appUrl: string, backend: RunningBackend, admin: DemoLogin) {
  const clerk = demoLogins().find((login) => login.register === REGISTER && login.role === "clerk")
  if (!clerk) throw new Error(`demo-logins.json lacks a ${REGISTER} clerk`)
  const rows: Row[] = []
  const notes: string[] = []
  const browser = await launchChromium()
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    await page.goto(appUrl)
    await pairTablet(page, admin, REGISTER)
    await signIn(page, clerk)
    await openShift(page, ["1", "000", "000"])

    // 1. first sync, as the app measures it: first page requested → every page stored and the
    // search index built (performance.measure "ocop:catalog-first-sync")
    const firstSync = await page.waitForFunction(
      () => {
        const entry = performance.getEntriesByName("ocop:catalog-first-sync")[0] as
          | PerformanceMeasure
          | undefined
        return entry && { duration: entry.duration, detail: entry.detail }
      },
      undefined,
      { timeout: 300_000 }
    )
    const sync = (await firstSync.jsonValue()) as {
      duration: number
      detail: { items: number; pages: number }
    }
    rows.push({
      what: `first catalog sync (${sync.detail.items} variants, ${sync.detail.pages} pages)`,
      n: 1,
      p50: sync.duration,
      p95: sync.duration,
      budget: "≤ 10,000 ms",
      ok: sync.duration <= 10_000,
    })
    if (sync.detail.items < config.skus) {
      notes.push(
        `the register sells ${sync.detail.items} variants, fewer than the ${config.skus} asked`
      )
    }

    // 2. search: every keystroke of a few tone-free queries, typed by the keyboard
    await installLatencyProbe(page, "any", "[data-testid=product-grid]")
    const cdp = config.profile ? await context.newCDPSession(page) : null
    if (cdp) {
      await cdp.send("Profiler.enable")
      await cdp.send("Profiler.setSamplingInterval", { interval: 200 })
      await cdp.send("Profiler.start")
    }
    for (const query of QUERIES) {
      await page.getByTestId("search").fill("")
      await page.getByTestId("search").focus()
      await page.waitForTimeout(50)
      for (const char of query) {
        await page.keyboard.type(char)
        await page.waitForTimeout(40)
      }
    }
    const search = await readLatencies(page)
    if (cdp) {
      const { profile } = await cdp.send("Profiler.stop")
      notes.push(...topSelfTime(profile as unknown as CpuProfile))
      await writeFile(
        join(resultsDir, `pos-search-${Date.now()}.cpuprofile`),
        JSON.stringify(profile)
      )
    }
    await page.getByTestId("search").fill("")

    // 3. scan → line: codes of the local catalog, as a keyboard-wedge scanner types them
    const codes = await localBarcodes(page)
    if (codes.length === 0) throw new Error("the local catalog has no barcodes to scan")
    await page.locator("body").click({ position: { x: 640, y: 790 } })
    await installLatencyProbe(page, "Enter", "[data-testid=cart-lines]")
    for (let i = 0; i < config.scans; i++) {
      await scan(page, codes[(i * 7919) % codes.length] as string)
      await page.waitForTimeout(60)
    }
    const scans = await readLatencies(page)
    // the scanned lines were for timing, not a sale: void them
    await page.getByRole("button", { name: "Hủy đơn" }).click()
    await page.getByRole("alertdialog").getByRole("button", { name: "Hủy đơn" }).click()

    const floorPage = await context.newPage()
    const floor = await floorLatencies(floorPage, 60)
    await floorPage.close()
    rows.push(latencyRow("search keystroke → results", search, 50))
    rows.push(latencyRow("scan → line on screen", scans, 50))
    rows.push(latencyRow("peer: bare text change (machine floor)", floor, null))

    // 4. cold start offline: reload with no network until the sale screen is ready
    await waitForServiceWorker(page)
    await context.setOffline(true)
    const coldStarts: number[] = []
    for (let i = 0; i < config.coldStarts; i++) {
      await page.reload()
      const ready = await page.waitForFunction(
        () => performance.getEntriesByName("ocop:sale-screen-ready")[0]?.startTime,
        undefined,
        { timeout: 30_000 }
      )
      coldStarts.push(Number(await ready.jsonValue()))
    }
    if (coldStarts.length) {
      rows.push(latencyRow("cold start offline → sale screen ready", coldStarts, 2_000))
    }

    // 5. drain: one real sale rung up offline, queued as config.queued sales, then online
    await scan(page, codes[0] as string)
    await payCash(page)
    await newSale(page)
    await waitForBadge(page, 1)
    await cloneQueuedSale(page, config.queued)
    const ordersBefore = await countOrders(backend.url, admin)
    await page.reload()
    await waitForBadge(page, config.queued, 60_000)
    const drainStartedAt = new Date()
    const drainStart = Date.now()
    await context.setOffline(false)
    await waitForBadge(page, 0, 900_000)
    const drainMs = Date.now() - drainStart
    const refused = await page.evaluate(async () => {
      const open = indexedDB.open("ocop-pos")
      const db = await new Promise<IDBDatabase>((resolve) => {
        open.onsuccess = () => resolve(open.result)
      })
      const all = db.transaction("outbox").objectStore("outbox").getAll()
      const rows = await new Promise<{ kind: string; status: string }[]>((resolve) => {
        all.onsuccess = () => resolve(all.result)
      })
      db.close()
      return rows.filter((row) => row.kind === "sale" && row.status === "rejected").length
    })
    const created = (await countOrders(backend.url, admin)) - ordersBefore
    const inDatabase = await ordersSince(backend.databaseUrl, drainStartedAt)
    const duplicates = created - config.queued + inDatabase.orphans
    rows.push({
      what: `drain ${config.queued} queued sales (${created} orders, ${inDatabase.sales} distinct sales, ${inDatabase.orphans} orders without a sale, ${refused} refused)`,
      n: config.queued,
      p50: drainMs,
      p95: drainMs,
      budget: `≤ 60,000 ms, ${config.queued} orders, 0 duplicates`,
      ok:
        drainMs <= 60_000 &&
        created === config.queued &&
        inDatabase.orders === config.queued &&
        inDatabase.sales === config.queued &&
        inDatabase.orphans === 0 &&
        refused === 0,
    })
    log(
      `drain: ${drainMs} ms; admin API counts ${created} new orders, the database ${inDatabase.orders} (${inDatabase.sales} distinct client ids, ${inDatabase.orphans} without a sale; duplicates ${Math.max(0, duplicates)})`
    )
  } finally {
    await browser.close()
  }
  return { rows, notes }
}

export async function main() {
  const startedAt = new Date()
  const stamp = startedAt.toISOString().replace(/[:.]/g, "-")
  await mkdir(resultsDir, { recursive: true })
  if (!config.skipBuild) {
    await runStep({
      name: "pos-build",
      command: "npx vite build",
      cwd: posDir,
      env: { NODE_OPTIONS: "" },
    })
  }
  const reuse = Boolean(config.reuseDatabase)
  const databaseUrl = benchDatabaseUrl(
    config.reuseDatabase || `${config.databasePrefix}pos_${Date.now()}`
  )
  // production mode seeds no demo admin: the bench's manager, with a throwaway password
  const admin: DemoLogin = {
    label: "admin",
    username: `bench-manager-${Date.now()}@ocop.bench`,
    password: randomBytes(12).toString("hex"),
  }
  const appUrl = `http://localhost:${config.appPort}`
  let backend: RunningBackend | undefined
  let preview: Awaited<ReturnType<typeof startPreview>> | undefined
  const timings: Record<string, number> = {}
  log(
    `${config.skus} SKUs wanted (SCALE_PRODUCTS=${config.products}), ${config.queued} queued sales, NODE_ENV=${config.nodeEnv}, database ${databaseUrl.replace(/\/\/[^@]*@/, "//")}`
  )
  try {
    const setupStarted = Date.now()
    backend = await startBackend({
      port: config.port,
      databaseUrl,
      migrate: !reuse,
      seed: !reuse,
      nodeEnv: config.nodeEnv,
      env: {
        ...throwawayBackendEnv(),
        SCALE_PRODUCTS: String(config.products),
        // the till calls its own origin (vite preview proxies the API paths to the backend)
        ADMIN_CORS: `${appUrl},http://localhost:${config.port}`,
        AUTH_CORS: `${appUrl},http://localhost:${config.port}`,
        STORE_CORS: appUrl,
      },
      logFile: join(resultsDir, `server-pos-${stamp}.log`),
      setup: async ({ medusa }) => {
        await medusa(`user -e ${admin.username} -p ${admin.password}`)
        if (reuse) {
          // the earlier run's tablet left its shift open: CH1 opens one shift at a time
          await withDatabase(databaseUrl, (client) =>
            client.query(
              `UPDATE pos_shift SET status = 'closed', closed_at = now() WHERE status = 'open'`
            )
          )
        }
        if (config.products <= 0 || reuse) return
        const started = Date.now()
        await medusa("exec ./src/scripts/scale-catalog.ts")
        timings.scaleCatalogS = (Date.now() - started) / 1000
        await medusa("exec ../bench/fixtures/pos-register.ts")
      },
    })
    timings.backendReadyS = (Date.now() - setupStarted) / 1000
    preview = await startPreview(backend.url, config.appPort, () => {})
    log(
      `backend ${backend.url} and till ${appUrl} ready after ${timings.backendReadyS.toFixed(0)} s`
    )
    const { rows, notes } = await measure(appUrl, backend, admin)
    print(rows, notes)
    await writeResults(`pos-${stamp}.json`, startedAt, { config, timings, rows, notes })
  } finally {
    await preview?.stop()
    await backend?.stop()
    if (!config.keepDatabase && !reuse) {
      await dropDatabase(databaseUrl).catch((error) => log(`could not drop: ${error}`))
    }
  }
}

function print(rows: Row[], notes: string[]) {
  const floor = rows.find((r) => r.what.startsWith("peer"))
  console.log("")
  console.log("| what | n | p50 ms | p95 ms | × peer p95 | budget | met |")
  console.log("| --- | ---: | ---: | ---: | ---: | --- | --- |")
  for (const r of rows) {
    const keyed = r.what.startsWith("search") || r.what.startsWith("scan")
    const vsPeer = floor && keyed ? `${(r.p95 / floor.p95).toFixed(1)}×` : ""
    console.log(
      `| ${r.what} | ${r.n} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${vsPeer} | ${r.budget} | ${
        r.ok === null ? "" : r.ok ? "yes" : "NO"
      } |`
    )
  }
  for (const note of notes) console.log(`note: ${note}`)
}
