import type { PosCatalogPage, PosCatalogQuery } from "@ocop/sdk"
import { readSetting } from "../../db/settings"
import { catalogItem, freshDatabase, testRegister } from "../../test-support"
import { cartReducer, emptyCart } from "../sale/cart"
import { commitSale } from "../sale/commit"
import { cashTender } from "../tenders/tenders"
import { CatalogIndex } from "./search"
import { syncCatalog } from "./sync"

const items = [
  catalogItem(),
  catalogItem({
    variant_id: "variant_quyt_3kg",
    variant_title: "Hộp quà 3 kg",
    sku: "LS-QVBS-3KG",
    barcode: "8939900101025",
    price: 185_000,
  }),
  catalogItem({
    variant_id: "variant_ruou",
    product_id: "prod_ruou",
    product_title: "Rượu men lá suối Mỏ Mắm",
    variant_title: "Chai 500 ml",
    sku: "LS-RML-500",
    barcode: "8939900104019",
    product_group: "beverage",
    producer_name: "Tổ hợp tác Mỏ Mắm",
    is_alcohol: true,
    abv: 29,
    promotion_banned: true,
    age_check_required: true,
  }),
  catalogItem({
    variant_id: "variant_banh",
    product_id: "prod_banh",
    product_title: "Bánh chưng đen Bắc Sơn",
    variant_title: null,
    sku: "LS-BCD",
    barcode: "8939900103012",
    product_group: "food",
  }),
]

describe("CatalogIndex", () => {
  const index = new CatalogIndex(items)

  it("finds products typed without tones, every word anywhere", () => {
    expect(index.search("ruou men").map((i) => i.variant_id)).toEqual(["variant_ruou"])
    expect(index.search("BAC SON").map((i) => i.product_title)).toEqual([
      "Bánh chưng đen Bắc Sơn",
      "Quýt vàng Bắc Sơn",
      "Quýt vàng Bắc Sơn",
    ])
    expect(index.search("Quýt 3kg").map((i) => i.variant_id)).toEqual(["variant_quyt_3kg"])
    expect(index.search("   ")).toEqual([])
    expect(index.search("xyz")).toEqual([])
  })

  it("puts titles that start with the query first", () => {
    expect(index.search("quyt")[0]?.product_title).toBe("Quýt vàng Bắc Sơn")
    expect(index.search("banh")[0]?.product_title).toBe("Bánh chưng đen Bắc Sơn")
  })

  it("looks up a scanned EAN-13 or a typed SKU; digits match barcodes by prefix", () => {
    expect(index.lookupCode("8939900104019")?.variant_id).toBe("variant_ruou")
    expect(index.lookupCode(" ls-bcd ")?.variant_id).toBe("variant_banh")
    expect(index.lookupCode("8930000000000")).toBeUndefined()
    expect(index.search("89399001010").length).toBe(2)
  })

  it("patches rows in place (stock after a sale) without losing their order or codes", () => {
    const patched = index.withUpdates([{ ...(items[1] as (typeof items)[0]), stock_quantity: 2 }])
    expect(patched.lookupCode("8939900101025")?.stock_quantity).toBe(2)
    expect(index.lookupCode("8939900101025")?.stock_quantity).toBe(30)
    expect(patched.search("quyt").map((i) => i.variant_id)).toEqual(
      index.search("quyt").map((i) => i.variant_id)
    )
  })

  it("lists groups and the products of one group in Vietnamese order", () => {
    expect(index.groups).toEqual(["beverage", "food"])
    expect(index.byGroup("beverage").map((i) => i.variant_id)).toEqual(["variant_ruou"])
    expect(index.byGroup(null, 2)).toHaveLength(2)
  })
})

describe("syncCatalog", () => {
  it("reads every page on the first run, then only the delta since the first page's time", async () => {
    const db = await freshDatabase()
    const queries: PosCatalogQuery[] = []
    const pages: PosCatalogPage[] = [
      {
        items: items.slice(0, 2),
        removed_variant_ids: [],
        next_cursor: "c2",
        server_time: "2026-12-01T10:00:00.000Z",
      },
      {
        items: items.slice(2),
        removed_variant_ids: [],
        next_cursor: null,
        server_time: "2026-12-01T10:00:01.000Z",
      },
      {
        items: [{ ...items[0], price: 65_000 } as (typeof items)[0]],
        removed_variant_ids: ["variant_banh"],
        next_cursor: null,
        server_time: "2026-12-01T11:00:00.000Z",
      },
    ]
    const fetchPage = async (query: PosCatalogQuery) => {
      queries.push(query)
      const page = pages.shift()
      if (!page) throw new Error("no more pages")
      return page
    }
    const first = await syncCatalog(db, fetchPage)
    expect(first).toEqual({ pages: 2, items: 4, removed: 0, full: true })
    expect(queries).toEqual([{ limit: 1000 }, { limit: 1000, cursor: "c2" }])
    expect(await db.catalog.count()).toBe(4)
    expect(await readSetting(db, "catalogSyncedUntil")).toBe("2026-12-01T10:00:00.000Z")

    const delta = await syncCatalog(db, fetchPage)
    expect(delta).toEqual({ pages: 1, items: 1, removed: 1, full: false })
    expect(queries[2]).toEqual({ limit: 1000, updated_since: "2026-12-01T10:00:00.000Z" })
    expect((await db.catalog.get("variant_quyt_1kg"))?.price).toBe(65_000)
    expect(await db.catalog.get("variant_banh")).toBeUndefined()
  })

  it("a sale takes the stock locally at once; a delta before the queue drains keeps it taken", async () => {
    const db = await freshDatabase()
    const quyt = catalogItem({ stock_quantity: 30 })
    const gift = catalogItem({
      variant_id: "gift",
      barcode: null,
      sku: "GIFT",
      stock_quantity: null,
    })
    await db.catalog.bulkPut([quyt, gift])
    let cart = cartReducer(emptyCart, { type: "add", item: quyt, lineId: "a" })
    cart = cartReducer(cart, { type: "add", item: quyt, lineId: "b" })
    cart = cartReducer(cart, { type: "add", item: gift, lineId: "c" })
    await commitSale(db, {
      register: testRegister,
      referencePrefix: "CH1A",
      clerk: { id: "clerk_lan", name: "Lan" },
      localShiftId: "shift-local",
      cart,
      tenders: [cashTender(3 * 60_000, 200_000)],
      clientId: "00000000-0000-4000-8000-000000000001",
      now: new Date("2026-12-01T03:00:00Z"),
    })
    expect((await db.catalog.get(quyt.variant_id))?.stock_quantity).toBe(28)
    expect((await db.catalog.get("gift"))?.stock_quantity).toBeNull()

    // the backend has not recorded the sale yet: its 30 less the 2 still queued
    const page = (stock: number): PosCatalogPage => ({
      items: [{ ...quyt, stock_quantity: stock }],
      removed_variant_ids: [],
      next_cursor: null,
      server_time: "2026-12-01T11:00:00.000Z",
    })
    await syncCatalog(db, async () => page(30))
    expect((await db.catalog.get(quyt.variant_id))?.stock_quantity).toBe(28)
    // once it is recorded, the backend's own figure stands
    await db.outbox.toCollection().modify({ status: "synced" })
    await syncCatalog(db, async () => page(27))
    expect((await db.catalog.get(quyt.variant_id))?.stock_quantity).toBe(27)
  })

  it("keeps the old mark when a page fails, so the next run repeats the delta", async () => {
    const db = await freshDatabase()
    await expect(
      syncCatalog(db, async () => {
        throw new TypeError("Failed to fetch")
      })
    ).rejects.toThrow("Failed to fetch")
    expect(await readSetting(db, "catalogSyncedUntil")).toBeUndefined()
  })
})
