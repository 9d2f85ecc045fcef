import { randomUUID } from "node:crypto"
import os from "node:os"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { MedusaWorkflow } from "@medusajs/framework/workflows-sdk"
import type { PosCatalogPage, PosSaleInput, PosSalesBatchResponse } from "@ocop/sdk"
import { generatePosCatalog } from "../helpers/pos-catalog"
import { medusaIntegrationTestRunner } from "../helpers/runner"
import {
  createPosWorld,
  openShift,
  POS_PINS,
  type PosWorld,
  signedInClerk,
} from "../http/pos-fixtures"

/**
 * Server-side numbers for the till (printed, never asserted: timings are the benches' business):
 * the first catalog sync of a generated catalog of POS_MEASURE_SKUS variants (default 5,000) in
 * pages of 500; the server time of POS_MEASURE_SALES sequential sales (default 100), p50/p95;
 * the drain of POS_MEASURE_QUEUED queued sales (default 500) through /pos/sales/batch,
 * POS_MEASURE_BATCH (default 50) at a time, with a repeat that must create nothing; and the mean
 * time of each workflow step per batch.
 * Runs only with POS_MEASURE=1:
 *
 *   POS_MEASURE=1 EMBEDDED_TEST_PG_PORT=… NODE_OPTIONS="-r ts-node/register/transpile-only" \
 *     npx vitest run integration-tests/measure/pos-server.spec.ts
 */

const SKUS = Number(process.env.POS_MEASURE_SKUS ?? 5_000)
const SALES = Number(process.env.POS_MEASURE_SALES ?? 100)
const QUEUED = Number(process.env.POS_MEASURE_QUEUED ?? 500)
const BATCH = Number(process.env.POS_MEASURE_BATCH ?? 50)

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  return sorted[Math.max(0, index)] as number
}

/** A cash sale of three catalog lines, varied by `n`, paid exactly. */
function measureSale(
  n: number,
  shiftId: string,
  clerkId: string,
  variants: { id: string; price: number }[],
  prefix: string
): PosSaleInput {
  const lines = [0, 1, 2].map((k) => {
    const pick = variants[(n * 7 + k * 13) % variants.length] as { id: string; price: number }
    return { variant_id: pick.id, quantity: 1 + k, unit_price: pick.price }
  })
  const total = lines.reduce((sum, line) => sum + line.quantity * line.unit_price, 0)
  return {
    client_id: randomUUID(),
    sale_number: `${prefix}-${String(n).padStart(6, "0")}`,
    shift_id: shiftId,
    clerk_id: clerkId,
    created_at: new Date().toISOString(),
    lines,
    tenders: [{ kind: "cash", amount: total, received: total }],
  }
}

/** Mean time per step of the sales workflow over a few batches of BATCH sales. */
async function profileSteps(
  container: MedusaContainer,
  world: PosWorld,
  shiftId: string,
  variants: { id: string; price: number }[]
): Promise<Record<string, number>> {
  const totals = new Map<string, number>()
  const runs = 3
  // the app's own registration: importing the workflow here would register it a second time
  const workflow = MedusaWorkflow.getWorkflow("record-pos-sales") as unknown as (
    container: MedusaContainer
  ) => { run: (options: Record<string, unknown>) => Promise<unknown> }
  for (let i = 0; i < runs; i++) {
    const sales = Array.from({ length: BATCH }, (_, k) =>
      measureSale(10_000 + i * BATCH + k, shiftId, world.clerks.clerkA, variants, "TAP")
    )
    const started = new Map<string, number>()
    const t0 = performance.now()
    await workflow(container).run({
      input: { register_id: world.registers.a, device_id: null, sales },
      events: {
        onStepBegin: ({ step }: { step: { id: string } }) => {
          started.set(step.id, performance.now())
        },
        onStepSuccess: ({ step }: { step: { id: string; definition: { action?: string } } }) => {
          const name = String(step.definition.action ?? step.id)
          const ms = performance.now() - (started.get(step.id) ?? performance.now())
          totals.set(name, (totals.get(name) ?? 0) + ms)
        },
      },
    })
    totals.set("(whole workflow)", (totals.get("(whole workflow)") ?? 0) + performance.now() - t0)
  }
  return Object.fromEntries(
    [...totals.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([name, ms]) => [name, Math.round(ms / runs)])
  )
}

if (process.env.POS_MEASURE === "1") {
  medusaIntegrationTestRunner({
    testSuite: ({ api, getContainer }) => {
      it(`measures the first sync of ${SKUS} SKUs and ${SALES} sequential sales`, async () => {
        const container = getContainer()
        const world = await createPosWorld(container)
        const started = Date.now()
        await generatePosCatalog(container, {
          count: SKUS,
          channelId: world.channels.a,
          locationId: world.locationId,
          stock: 1_000,
          series: 1,
        })
        console.log(`generated ${SKUS} SKUs in ${((Date.now() - started) / 1000).toFixed(1)} s`)
        const { headers } = await signedInClerk(
          api,
          world,
          world.registers.a,
          world.clerks.clerkA,
          POS_PINS.clerkA
        )

        const syncs: { ms: number; items: number; pages: number; slowestPageMs: number }[] = []
        let variantIds: { id: string; price: number }[] = []
        for (let run = 0; run < 3; run++) {
          const t0 = performance.now()
          let cursor: string | null = null
          let items = 0
          let pages = 0
          let slowest = 0
          const seen: { id: string; price: number }[] = []
          do {
            const p0 = performance.now()
            const query: string = cursor ? `&cursor=${cursor}` : ""
            const page: PosCatalogPage = (await api.get(`/pos/catalog?limit=500${query}`, headers))
              .data
            slowest = Math.max(slowest, performance.now() - p0)
            items += page.items.length
            pages++
            for (const item of page.items) {
              // alcohol needs an ID check the measured sales do not carry
              if (!item.age_check_required) seen.push({ id: item.variant_id, price: item.price })
            }
            cursor = page.next_cursor
          } while (cursor)
          syncs.push({ ms: performance.now() - t0, items, pages, slowestPageMs: slowest })
          variantIds = seen
        }
        const d0 = performance.now()
        const delta = (
          await api.get(`/pos/catalog?updated_since=${new Date().toISOString()}`, headers)
        ).data as PosCatalogPage
        const deltaMs = performance.now() - d0

        const shift = await openShift(api, headers, world.clerks.clerkA)
        const latencies: number[] = []
        for (let i = 0; i < SALES; i++) {
          const sale = measureSale(i, shift.id, world.clerks.clerkA, variantIds, "TAA")
          const s0 = performance.now()
          const response = await api.post("/pos/sales", sale, headers)
          latencies.push(performance.now() - s0)
          expect(response.status).toBe(201)
        }

        // the tablet's drain: QUEUED sales, oldest first, BATCH at a time
        const queued = Array.from({ length: QUEUED }, (_, i) =>
          measureSale(SALES + i, shift.id, world.clerks.clerkA, variantIds, "TAB")
        )
        const batchMs: number[] = []
        const q0 = performance.now()
        let accepted = 0
        for (let start = 0; start < queued.length; start += BATCH) {
          const b0 = performance.now()
          const response = await api.post(
            "/pos/sales/batch",
            { sales: queued.slice(start, start + BATCH) },
            headers
          )
          batchMs.push(performance.now() - b0)
          accepted += (response.data as PosSalesBatchResponse).results.filter(
            (result) => result.status === "accepted"
          ).length
        }
        const drainMs = performance.now() - q0
        // the same sales again (answers lost on the way back): nothing new may be created
        const again = await api.post("/pos/sales/batch", { sales: queued.slice(0, BATCH) }, headers)
        const recreated = (again.data as PosSalesBatchResponse).results.filter(
          (result) => result.status !== "accepted" || result.created
        ).length
        const orders = await container
          .resolve(Modules.ORDER)
          .listOrders({ sales_channel_id: world.channels.a }, { select: ["id"] })
        const batchSorted = [...batchMs].sort((a, b) => a - b)
        const sorted = [...latencies].sort((a, b) => a - b)
        const steps = await profileSteps(container, world, shift.id, variantIds)
        console.log(
          JSON.stringify(
            {
              skus: SKUS,
              // the machine is shared: compare rows of one run, not runs
              load_average_at_end: os.loadavg().map((load) => Number(load.toFixed(1))),
              first_sync: syncs.map((sync) => ({
                seconds: Number((sync.ms / 1000).toFixed(2)),
                items: sync.items,
                pages: sync.pages,
                slowest_page_ms: Math.round(sync.slowestPageMs),
              })),
              empty_delta_ms: Math.round(deltaMs),
              empty_delta_items: delta.items.length,
              sales: {
                count: SALES,
                lines_per_sale: 3,
                p50_ms: Math.round(percentile(sorted, 50)),
                p95_ms: Math.round(percentile(sorted, 95)),
                max_ms: Math.round(sorted.at(-1) ?? 0),
              },
              drain: {
                sales: QUEUED,
                batch: BATCH,
                seconds: Number((drainMs / 1000).toFixed(1)),
                per_sale_ms: Math.round(drainMs / QUEUED),
                batch_p50_ms: Math.round(percentile(batchSorted, 50)),
                batch_p95_ms: Math.round(percentile(batchSorted, 95)),
                accepted,
                repeats_recreated: recreated,
                orders_in_channel: orders.length,
              },
              workflow_steps_mean_ms_per_batch: steps,
            },
            null,
            2
          )
        )
        expect(syncs[0]?.items).toBe(SKUS + 4)
        expect(accepted).toBe(QUEUED)
        expect(recreated).toBe(0)
      }, 3_600_000)
    },
  })
}
