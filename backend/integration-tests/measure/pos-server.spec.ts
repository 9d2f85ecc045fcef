import { randomUUID } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { makeEan13 } from "@ocop/core"
import type { PosCatalogPage, PosSaleInput } from "@ocop/sdk"
import { OCOP_MODULE } from "../../src/modules/ocop"
import type OcopModuleService from "../../src/modules/ocop/service"
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
 * pages of 500, and the server time of POS_MEASURE_SALES sequential sales (default 100), p50/p95.
 * Runs only with POS_MEASURE=1:
 *
 *   POS_MEASURE=1 EMBEDDED_TEST_PG_PORT=… NODE_OPTIONS="-r ts-node/register/transpile-only" \
 *     npx vitest run integration-tests/measure/pos-server.spec.ts
 */

const SKUS = Number(process.env.POS_MEASURE_SKUS ?? 5_000)
const SALES = Number(process.env.POS_MEASURE_SALES ?? 100)
const BATCH = 250
const TITLES = ["Quýt vàng", "Gạo nếp cái hoa vàng", "Bánh chưng đen", "Na dai", "Hồng không hạt"]

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  return sorted[Math.max(0, index)] as number
}

async function generateCatalog(container: MedusaContainer, world: PosWorld) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
  for (let start = 0; start < SKUS; start += BATCH) {
    const count = Math.min(BATCH, SKUS - start)
    const { result: products } = await createProductsWorkflow(container).run({
      input: {
        products: Array.from({ length: count }, (_, offset) => {
          const n = start + offset
          return {
            title: `${TITLES[n % TITLES.length]} ${n} (demo)`,
            handle: `measure-${n}`,
            status: "published" as const,
            options: [{ title: "Quy cách", values: ["Mặc định"] }],
            variants: [
              {
                title: "Mặc định",
                sku: `MEASURE-${n}`,
                barcode: makeEan13(String(100_000_000 + n)),
                options: { "Quy cách": "Mặc định" },
                manage_inventory: true,
                prices: [{ amount: 10_000 + (n % 50) * 1_000, currency_code: "vnd" }],
              },
            ],
            sales_channels: [{ id: world.channels.a }],
          }
        }),
      },
    })
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["inventory_items.inventory_item_id"],
      filters: { product_id: products.map((product) => product.id) },
    })
    await createInventoryLevelsWorkflow(container).run({
      input: {
        inventory_levels: variants.map((variant) => ({
          inventory_item_id: variant.inventory_items?.[0]?.inventory_item_id as string,
          location_id: world.locationId,
          stocked_quantity: 1_000,
        })),
      },
    })
    await ocop.createOcopProductProfiles(
      products.map((product, offset) => ({
        product_id: product.id,
        product_group: "food",
        province_code: "20",
        vat_category: (start + offset) % 2 ? "fresh_produce" : "processed_food",
      }))
    )
  }
}

if (process.env.POS_MEASURE === "1") {
  medusaIntegrationTestRunner({
    testSuite: ({ api, getContainer }) => {
      it(`measures the first sync of ${SKUS} SKUs and ${SALES} sequential sales`, async () => {
        const container = getContainer()
        const world = await createPosWorld(container)
        const started = Date.now()
        await generateCatalog(container, world)
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
            for (const item of page.items) seen.push({ id: item.variant_id, price: item.price })
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
          const lines = [0, 1, 2].map((k) => {
            const pick = variantIds[(i * 7 + k * 13) % variantIds.length] as {
              id: string
              price: number
            }
            return { variant_id: pick.id, quantity: 1 + k, unit_price: pick.price }
          })
          const total = lines.reduce((sum, line) => sum + line.quantity * line.unit_price, 0)
          const sale: PosSaleInput = {
            client_id: randomUUID(),
            sale_number: `TAA-${String(i).padStart(6, "0")}`,
            shift_id: shift.id,
            clerk_id: world.clerks.clerkA,
            created_at: new Date().toISOString(),
            lines,
            tenders: [{ kind: "cash", amount: total, received: total }],
          }
          const s0 = performance.now()
          const response = await api.post("/pos/sales", sale, headers)
          latencies.push(performance.now() - s0)
          expect(response.status).toBe(201)
        }
        const sorted = [...latencies].sort((a, b) => a - b)
        console.log(
          JSON.stringify(
            {
              skus: SKUS,
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
            },
            null,
            2
          )
        )
        expect(syncs[0]?.items).toBe(SKUS + 4)
      }, 3_600_000)
    },
  })
} else {
  it.skip("POS server measurements run with POS_MEASURE=1", () => undefined)
}
