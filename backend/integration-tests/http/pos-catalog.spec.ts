import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { toSearchKey, vatRateAt } from "@ocop/core"
import type { PosCatalogItem, PosCatalogPage } from "@ocop/sdk"
import { OCOP_MODULE } from "../../src/modules/ocop"
import type OcopModuleService from "../../src/modules/ocop/service"
import { medusaIntegrationTestRunner } from "../helpers/runner"
import { type Api, settle } from "./payments-fixtures"
import {
  createPosWorld,
  POS_PINS,
  POS_PRICES,
  POS_STOCK,
  type PosWorld,
  signedInClerk,
} from "./pos-fixtures"

type Headers = { headers: Record<string, string> }

async function readAll(api: Api, headers: Headers, query: Record<string, string> = {}) {
  const pages: PosCatalogPage[] = []
  let cursor: string | null = null
  do {
    const params: URLSearchParams = new URLSearchParams({
      ...query,
      ...(cursor ? { cursor } : {}),
    })
    const page: PosCatalogPage = (await api.get(`/pos/catalog?${params}`, headers)).data
    pages.push(page)
    cursor = page.next_cursor
  } while (cursor)
  return pages
}

const byVariant = (items: PosCatalogItem[], variantId: string) =>
  items.find((item) => item.variant_id === variantId)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let world: PosWorld
    let clerk: Headers

    beforeEach(async () => {
      world = await createPosWorld(getContainer())
      clerk = (
        await signedInClerk(api, world, world.registers.a, world.clerks.clerkA, POS_PINS.clerkA)
      ).headers
    })

    it("the first sync carries every sellable variant as the till needs it", async () => {
      const [page] = await readAll(api, clerk)
      expect(page?.next_cursor).toBeNull()
      const items = page?.items ?? []
      expect(items).toHaveLength(4)
      const now = new Date()
      expect(byVariant(items, world.variants.quyt)).toMatchObject({
        product_id: world.products.quyt,
        product_title: "Quýt vàng Bắc Sơn",
        variant_title: "Mặc định",
        sku: "POS-QUYT",
        barcode: "8930000000019",
        price: POS_PRICES.quyt,
        vat_rate_percent: vatRateAt("fresh_produce", now),
        product_group: "food",
        stars: 4,
        badge: true,
        producer_name: "HTX Thử Bắc Sơn",
        is_alcohol: false,
        promotion_banned: false,
        age_check_required: false,
        stock_quantity: POS_STOCK.quyt,
      })
      const quyt = byVariant(items, world.variants.quyt)
      expect(quyt?.search_key).toBe(
        toSearchKey("Quýt vàng Bắc Sơn Mặc định POS-QUYT HTX Thử Bắc Sơn")
      )
      expect(byVariant(items, world.variants.banhChung)).toMatchObject({
        vat_rate_percent: vatRateAt("processed_food", now),
        stars: null,
        badge: false,
        stock_quantity: POS_STOCK.banhChung,
      })
      expect(byVariant(items, world.variants.ruou)).toMatchObject({
        is_alcohol: true,
        abv: 29,
        promotion_banned: true,
        age_check_required: true,
        vat_rate_percent: 10,
      })
      expect(byVariant(items, world.variants.ruouNhe)).toMatchObject({
        promotion_banned: false,
        age_check_required: true,
      })
      expect(Date.parse(page?.server_time ?? "")).toBeLessThanOrEqual(Date.now())
    })

    it("pages are keyset pages: every product once, all stamped with the sync's start", async () => {
      const pages = await readAll(api, clerk, { limit: "1" })
      expect(pages).toHaveLength(4)
      const ids = pages.flatMap((page) => page.items.map((item) => item.variant_id))
      expect(new Set(ids).size).toBe(4)
      expect(new Set(pages.map((page) => page.server_time)).size).toBe(1)
      expect(pages.at(-1)?.next_cursor).toBeNull()
    })

    it("a delta brings only what changed: a price, stock, a lost badge, a product leaving the channel", async () => {
      const container = getContainer()
      await new Promise((resolve) => setTimeout(resolve, 50))
      const since = new Date().toISOString()
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect((await readAll(api, clerk, { updated_since: since }))[0]?.items).toEqual([])

      await updateProductVariantsWorkflow(container).run({
        input: {
          selector: { id: world.variants.quyt },
          update: { prices: [{ amount: 110_000, currency_code: "vnd" }] },
        },
      })
      await container
        .resolve(Modules.INVENTORY)
        .adjustInventory(world.inventoryItems.banhChung, world.locationId, 5)
      const link = container.resolve(ContainerRegistrationKeys.LINK)
      await link.dismiss({
        [Modules.PRODUCT]: { product_id: world.products.ruouNhe },
        [Modules.SALES_CHANNEL]: { sales_channel_id: world.channels.a },
      })

      const [delta] = await readAll(api, clerk, { updated_since: since })
      const ids = (delta?.items ?? []).map((item) => item.variant_id).sort()
      expect(ids).toEqual([world.variants.banhChung, world.variants.quyt].sort())
      expect(byVariant(delta?.items ?? [], world.variants.quyt)?.price).toBe(110_000)
      expect(byVariant(delta?.items ?? [], world.variants.banhChung)?.stock_quantity).toBe(
        POS_STOCK.banhChung + 5
      )
      expect(delta?.removed_variant_ids).toEqual([world.variants.ruouNhe])

      // Register B still sells rượu nhẹ: its catalog is its own channel's.
      const other = await signedInClerk(
        api,
        world,
        world.registers.b,
        world.clerks.clerkB,
        POS_PINS.clerkB
      )
      const [full] = await readAll(api, other.headers)
      expect(full?.items.map((item) => item.variant_id)).toContain(world.variants.ruouNhe)
    })

    it("a revoked certificate reaches the tablet as a lost badge", async () => {
      const since = new Date().toISOString()
      await new Promise((resolve) => setTimeout(resolve, 20))
      const ocop = getContainer().resolve<OcopModuleService>(OCOP_MODULE)
      const [certificate] = await ocop.listOcopCertificates({ product_id: world.products.quyt })
      await ocop.updateOcopCertificates({
        id: certificate?.id as string,
        revoked_at: new Date(Date.now() - 24 * 60 * 60 * 1000),
        revocation_reason: "thử",
      })
      const [delta] = await readAll(api, clerk, { updated_since: since })
      expect(delta?.items).toHaveLength(1)
      expect(delta?.items[0]).toMatchObject({
        variant_id: world.variants.quyt,
        badge: false,
        stars: null,
      })
    })

    it("refuses a foreign cursor and a bad limit, naming the field", async () => {
      const cursor = await settle(api.get("/pos/catalog?cursor=not-ours", clerk))
      expect(cursor.status).toBe(400)
      expect(cursor.data.message).toMatch(/^cursor: /)
      const limit = await settle(api.get("/pos/catalog?limit=0", clerk))
      expect(limit.status).toBe(400)
      expect(limit.data.message).toMatch(/^limit: /)
      const since = await settle(api.get("/pos/catalog?updated_since=yesterday", clerk))
      expect(since.status).toBe(400)
      expect(since.data.message).toMatch(/^updated_since: /)
    })
  },
})
