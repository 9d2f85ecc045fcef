import { createRequire } from "node:module"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  type BadgeHistoryEntry,
  badgeStarsOn,
  type CertificateStatus,
  certificateInForce,
  certificateStatus,
  isValidEan13,
  PRODUCER_KINDS,
  productSearchKey,
  searchWords,
  validateTaxId,
} from "@ocop/core"
import type { StoreOcopProductsResponse } from "@ocop/sdk"
import { OCOP_MODULE } from "../../src/modules/ocop"
import type OcopModuleService from "../../src/modules/ocop/service"
import { FACET_VALUES_LIMIT } from "../../src/modules/ocop/store-catalog/sql"
import { loadAddressBook } from "../../src/scripts/scale/address-book"
import {
  SCALE_EXTERNAL_ID_PREFIX,
  STORY_STATUS,
  scaleGenerator,
} from "../../src/scripts/scale/generate"
import { loadScaleCatalog, type ScaleCatalogReport } from "../../src/scripts/scale/load"
import { listPublishableKeys } from "../../src/scripts/seed/publishable-keys"
import { WEB_STORE_CHANNEL } from "../../src/scripts/seed-data/channels"
import { medusaIntegrationTestRunner } from "../helpers/runner"

/**
 * The national-size fixture at a size CI can afford (the 20,000-product run is the bench's):
 * what it writes must be what Medusa's and our workflows write, so that Medusa's own store API
 * and ours serve it like any catalog.
 */
const PRODUCTS = Number(process.env.SCALE_TEST_PRODUCTS || 2000)
const PRODUCERS = PRODUCTS / 2
const BATCH = 500

const externalIds = Array.from({ length: PRODUCTS }, (_, i) => `${SCALE_EXTERNAL_ID_PREFIX}${i}`)

function ocop(container: MedusaContainer): OcopModuleService {
  return container.resolve<OcopModuleService>(OCOP_MODULE)
}

/** What a shopper filters on, per product, computed from the source tables (not the read model). */
interface BruteProduct {
  group: string
  ward: string | null
  district: string | null
  producer: { handle: string; name: string } | null
  stars: number | null
  words: string[]
}

type BruteFilters = Partial<{
  stars: number
  group: string
  ward: string
  legacy_district: string
  producer: string
  q: string
}>

type FacetName = "stars" | "groups" | "wards" | "legacy_districts" | "producers"

/** Every product a channel sells with an OCOP profile, its badge on `at`'s day from the history. */
async function bruteForceCatalog(
  container: MedusaContainer,
  channelId: string,
  at: Date
): Promise<BruteProduct[]> {
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const products = await db.raw(
    `SELECT p.id, p.title, op.product_group, op.ward_code, op.origin_label,
        COALESCE(op.legacy_district, pr.legacy_district) AS legacy_district,
        pr.handle AS producer_handle, pr.name AS producer_name
      FROM product p
      JOIN product_sales_channel psc ON psc.product_id = p.id AND psc.deleted_at IS NULL
        AND psc.sales_channel_id = ?
      JOIN ocop_product_profile op ON op.product_id = p.id AND op.deleted_at IS NULL
      LEFT JOIN ocop_producer pr ON pr.id = op.producer_id AND pr.deleted_at IS NULL
      WHERE p.deleted_at IS NULL AND p.status = 'published'`,
    [channelId]
  )
  const certificates = await db.raw(`SELECT * FROM ocop_certificate WHERE deleted_at IS NULL`)
  const history = new Map<string, BadgeHistoryEntry[]>()
  for (const cert of certificates.rows as Array<BadgeHistoryEntry & { product_id: string }>) {
    history.set(cert.product_id, [...(history.get(cert.product_id) ?? []), cert])
  }
  return (products.rows as Record<string, string | null>[]).map((row) => ({
    group: row.product_group as string,
    ward: row.ward_code,
    district: row.legacy_district,
    producer: row.producer_handle
      ? { handle: row.producer_handle, name: row.producer_name as string }
      : null,
    stars: badgeStarsOn(history.get(row.id as string) ?? [], at),
    words: searchWords(
      productSearchKey({
        title: row.title as string,
        origin_label: row.origin_label,
        producer_name: row.producer_name,
        legacy_district: row.legacy_district,
      })
    ),
  }))
}

/**
 * Count and facets by brute force: each facet counts the products that pass every filter but its
 * own, by value (a search word matches a product word it starts).
 */
function bruteForceFacets(catalog: BruteProduct[], filters: BruteFilters) {
  const terms = filters.q ? searchWords(filters.q) : []
  const passes = (product: BruteProduct, except: FacetName | null) =>
    terms.every((term) => product.words.some((word) => word.startsWith(term))) &&
    (except === "stars" || filters.stars === undefined || product.stars === filters.stars) &&
    (except === "groups" || filters.group === undefined || product.group === filters.group) &&
    (except === "wards" || filters.ward === undefined || product.ward === filters.ward) &&
    (except === "legacy_districts" ||
      filters.legacy_district === undefined ||
      product.district === filters.legacy_district) &&
    (except === "producers" ||
      filters.producer === undefined ||
      product.producer?.handle === filters.producer)
  const tally = (facet: FacetName, value: (product: BruteProduct) => string | number | null) => {
    const counts: Record<string, number> = {}
    for (const product of catalog) {
      const key = value(product)
      if (key === null || !passes(product, facet)) continue
      counts[String(key)] = (counts[String(key)] ?? 0) + 1
    }
    return counts
  }
  return {
    count: catalog.filter((product) => passes(product, null)).length,
    stars: tally("stars", (product) => product.stars),
    groups: tally("groups", (product) => product.group),
    wards: tally("wards", (product) => product.ward),
    legacy_districts: tally("legacy_districts", (product) => product.district),
    producers: tally("producers", (product) =>
      product.producer ? `${product.producer.handle} ${product.producer.name}` : null
    ),
  }
}

/** The API's count and facets in the brute force's shape. */
function servedFacets(response: StoreOcopProductsResponse) {
  const byValue = (entries: Array<{ value: string | number; count: number }>) =>
    Object.fromEntries(entries.map((entry) => [String(entry.value), entry.count]))
  const { facets } = response
  return {
    count: response.count,
    stars: byValue(facets.stars),
    groups: byValue(facets.groups),
    wards: byValue(facets.wards),
    legacy_districts: byValue(facets.legacy_districts),
    producers: Object.fromEntries(
      facets.producers.map((entry) => [`${entry.handle} ${entry.name}`, entry.count])
    ),
  }
}

/**
 * A long facet (wards, former districts, producers) lists the FACET_VALUES_LIMIT values with the
 * most products, the chosen one always among them: each with its brute-force count, and none
 * left out that has more products than one listed.
 */
function expectTopValues(
  served: Record<string, number>,
  all: Record<string, number>,
  chosen: string | undefined,
  label: string
) {
  const listed = Object.keys(served)
  expect({ label, listed: listed.length }).toEqual({
    label,
    listed: Math.min(FACET_VALUES_LIMIT, Object.keys(all).length),
  })
  for (const key of listed)
    expect({ label, key, count: served[key] }).toEqual({ label, key, count: all[key] })
  if (chosen !== undefined && all[chosen] !== undefined) expect(listed).toContain(chosen)
  const fewest = Math.min(...listed.filter((key) => key !== chosen).map((key) => served[key] ?? 0))
  const omitted = Object.entries(all).filter(([key]) => !(key in served))
  for (const [key, count] of omitted) {
    expect({ label, key, atMost: count <= fewest }).toEqual({ label, key, atMost: true })
  }
}

/** The most frequent non-null value of a field over the catalog. */
function busiest<T>(catalog: BruteProduct[], value: (product: BruteProduct) => T | null): T {
  const counts = new Map<T, number>()
  for (const product of catalog) {
    const key = value(product)
    if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  const [top] = [...counts.entries()].sort((a, b) => b[1] - a[1])
  if (!top) throw new Error("no value to filter on")
  return top[0]
}

/** The value types of a JSON document, arrays by their first element: what a client parses. */
function shape(value: unknown): unknown {
  if (value === null) return "null"
  if (Array.isArray(value)) return value.length ? [shape(value[0])] : []
  if (typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        // ids, times and per-product text differ; their presence and type are what must match
        .map(([key, inner]) => [key, shape(inner)])
    )
  }
  return typeof value
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe(`scale catalog fixture (${PRODUCTS} products)`, () => {
      let first: ScaleCatalogReport
      let second: ScaleCatalogReport
      let webKey: string
      let storeKey: string
      let loadedAt: Date

      beforeAll(async () => {
        const container = getContainer()
        // Through Node's require, whose module cache Medusa's loader filled: imported by the test
        // runner, the seed's VietQR workflow would be defined a second time, from other compiled
        // code, and Medusa refuses to boot ("step definition already exists").
        const { default: seed } = createRequire(__filename)(
          "../../src/scripts/seed"
        ) as typeof import("../../src/scripts/seed")
        await seed({ container, args: [] })
        loadedAt = new Date()
        first = await loadScaleCatalog(container, {
          products: PRODUCTS,
          batchSize: BATCH,
          now: loadedAt,
        })
        second = await loadScaleCatalog(container, { products: PRODUCTS, batchSize: BATCH })
        console.log(`scale fixture: ${PRODUCTS} products in ${first.seconds.toFixed(1)} s`)
        const keys = await listPublishableKeys({ container })
        webKey = keys.find((key) => key.channel === WEB_STORE_CHANNEL)?.token as string
        storeKey = keys.find((key) => key.channel === "Cửa hàng OCOP số 1")?.token as string
      })

      it("loads every product and producer once; a second run loads nothing", () => {
        expect(first).toMatchObject({
          products: PRODUCTS,
          producers: PRODUCERS,
          productsCreated: PRODUCTS,
          producersCreated: PRODUCERS,
        })
        expect(second).toMatchObject({ productsCreated: 0, producersCreated: 0 })
      })

      it("gives every product 1–3 variants with unique SKUs and valid EAN-13 barcodes, priced in VND", async () => {
        const productModule = getContainer().resolve(Modules.PRODUCT)
        const [products, count] = await productModule.listAndCountProducts(
          { external_id: externalIds },
          { relations: ["variants"], take: null }
        )
        expect(count).toBe(PRODUCTS)
        const variants = products.flatMap((product) => product.variants ?? [])
        for (const product of products) {
          expect(product.status).toBe("published")
          expect(product.variants?.length).toBeGreaterThanOrEqual(1)
          expect(product.variants?.length).toBeLessThanOrEqual(3)
        }
        expect(variants.length).toBe(first.variantsCreated)
        expect(variants.every((variant) => isValidEan13(variant.barcode ?? ""))).toBe(true)
        expect(new Set(variants.map((variant) => variant.barcode)).size).toBe(variants.length)
        expect(new Set(variants.map((variant) => variant.sku)).size).toBe(variants.length)
        // Vietnamese titles keep their tones (NFC)
        expect(
          products.some((product) => /[ảãạăắằẳẵặâấầẩẫậđơớờởỡợưứừửữự]/u.test(product.title))
        ).toBe(true)
        expect(products.every((product) => product.title === product.title.normalize("NFC"))).toBe(
          true
        )
      })

      it("spreads the producers over the 34 provinces and their 2025 wards", async () => {
        const producers = (await ocop(getContainer()).listOcopProducers({}, { take: null })).filter(
          (producer) => (producer.metadata as Record<string, unknown> | null)?.scale_fixture
        )
        expect(producers).toHaveLength(PRODUCERS)
        const book = loadAddressBook()
        expect(new Set(producers.map((producer) => producer.province_code)).size).toBe(34)
        for (const producer of producers) {
          const wards = book.wardsByProvince.get(producer.province_code) ?? []
          expect(wards.some((ward) => ward.code === producer.ward_code)).toBe(true)
          expect(producer.address_schema).toBe("2025")
          expect(validateTaxId(producer.tax_id ?? "").ok).toBe(true)
        }
        expect(new Set(producers.map((producer) => producer.kind))).toEqual(new Set(PRODUCER_KINDS))
        expect(new Set(producers.map((producer) => producer.handle)).size).toBe(PRODUCERS)
      })

      it("records certificates in every status, each product's as generated", async () => {
        const service = ocop(getContainer())
        const productModule = getContainer().resolve(Modules.PRODUCT)
        const products = await productModule.listProducts(
          { external_id: externalIds },
          { select: ["id", "external_id"], take: null }
        )
        const certificates = await service.listOcopCertificates(
          { product_id: products.map((product) => product.id) },
          { take: null }
        )
        const history = new Map<string, typeof certificates>()
        for (const certificate of certificates) {
          history.set(certificate.product_id, [
            ...(history.get(certificate.product_id) ?? []),
            certificate,
          ])
        }
        const generate = scaleGenerator(loadAddressBook(), PRODUCERS, loadedAt)
        const statuses = new Map<CertificateStatus, number>()
        let renewalsAhead = 0
        for (const product of products) {
          const index = Number(product.external_id?.slice(SCALE_EXTERNAL_ID_PREFIX.length))
          const own = history.get(product.id) ?? []
          const current = certificateInForce(own, loadedAt)
          expect(current).not.toBeNull()
          const status = certificateStatus(
            { ...(current as (typeof own)[number]), superseded_by: current?.superseded_by_id },
            loadedAt
          )
          expect(status).toBe(STORY_STATUS[generate.product(index).story])
          statuses.set(status, (statuses.get(status) ?? 0) + 1)
          if (own.some((cert) => cert.superseded_at && new Date(cert.superseded_at) > loadedAt)) {
            renewalsAhead++
          }
        }
        for (const status of ["valid", "expiring", "expired", "revoked"] as const) {
          expect(statuses.get(status) ?? 0).toBeGreaterThan(0)
        }
        // renewed in the past: the predecessor is superseded; renewed ahead: not yet
        expect(
          certificates.some(
            (cert) =>
              cert.superseded_by_id &&
              cert.superseded_at &&
              new Date(cert.superseded_at) <= loadedAt
          )
        ).toBe(true)
        expect(renewalsAhead).toBeGreaterThan(0)
      })

      it("is listed by Medusa's /store/products like a product made through the admin", async () => {
        const headers = { "x-publishable-api-key": webKey }
        const all = await api.get("/store/products?limit=1", { headers })
        // the demo seed's 30 and the scale catalog, all in the web store
        expect(all.data.count).toBe(30 + PRODUCTS)

        const region = (await getContainer().resolve(Modules.REGION).listRegions())[0]
        const fields = "*variants.calculated_price,+variants.inventory_quantity"
        const generate = scaleGenerator(loadAddressBook(), PRODUCERS, loadedAt)
        const fetchProduct = async (index: number) => {
          const plan = generate.product(index)
          const response = await api.get(
            `/store/products?handle=${plan.handle}&region_id=${region?.id}&fields=${encodeURIComponent(fields)}`,
            { headers }
          )
          expect(response.data.products).toHaveLength(1)
          return { plan, product: response.data.products[0] }
        }
        // product 0 went through createProductsWorkflow; the others are its row copies
        const pilot = await fetchProduct(0)
        for (const index of [1, Math.floor(PRODUCTS / 2), PRODUCTS - 1]) {
          const { plan, product } = await fetchProduct(index)
          expect(shape(product)).toEqual(shape(pilot.product))
          expect(product.title).toBe(plan.title)
          expect(product.variants).toHaveLength(plan.variants.length)
          for (const variant of plan.variants) {
            const served = product.variants.find((v: { sku: string }) => v.sku === variant.sku)
            expect(served.barcode).toBe(variant.barcode)
            expect(served.calculated_price.calculated_amount).toBe(variant.price)
            expect(served.calculated_price.is_calculated_price_tax_inclusive).toBe(true)
            if (!plan.kind.is_service) {
              // the web store sells from the warehouse and the two pick-up stores
              const stock = Object.values(plan.stock).reduce((sum, units) => sum + (units ?? 0), 0)
              expect(served.inventory_quantity).toBe(stock)
            }
          }
        }

        // a share of the catalog is also on the shelves of OCOP store 1
        const store = await api.get("/store/products?limit=1", {
          headers: { "x-publishable-api-key": storeKey },
        })
        expect(store.data.count).toBeGreaterThan(30)
        expect(store.data.count).toBeLessThan(30 + PRODUCTS)
      })

      it("counts and facets equal a brute-force count over the sources, for each filter and a search", async () => {
        const container = getContainer()
        const salesChannel = container.resolve(Modules.SALES_CHANNEL)
        const [web] = await salesChannel.listSalesChannels({ name: WEB_STORE_CHANNEL })
        const at = new Date()
        const catalog = await bruteForceCatalog(container, web?.id as string, at)
        expect(catalog.length).toBe(30 + PRODUCTS)
        const picks: BruteFilters = {
          stars: busiest(catalog, (product) => product.stars),
          group: busiest(catalog, (product) => product.group),
          ward: busiest(catalog, (product) => product.ward),
          legacy_district: busiest(catalog, (product) => product.district),
          producer: busiest(catalog, (product) => product.producer?.handle ?? null),
        }
        const cases: BruteFilters[] = [
          {},
          { stars: picks.stars },
          { group: picks.group },
          { ward: picks.ward },
          { legacy_district: picks.legacy_district },
          { producer: picks.producer },
          { stars: picks.stars, group: picks.group },
          { q: "mật ong" },
          { q: "mat ong", stars: picks.stars },
        ]
        for (const filters of cases) {
          const params = new URLSearchParams(
            Object.entries(filters).map(([key, value]) => [key, String(value)])
          )
          params.set("limit", "1")
          const response = await api.get(`/store/ocop/products?${params}`, {
            headers: { "x-publishable-api-key": webKey },
          })
          const expected = bruteForceFacets(catalog, filters)
          // a filter that matches nothing would prove little
          expect({ filters, count: expected.count > 0 }).toEqual({ filters, count: true })
          const served = servedFacets(response.data)
          expect({
            filters,
            count: served.count,
            stars: served.stars,
            groups: served.groups,
          }).toEqual({
            filters,
            count: expected.count,
            stars: expected.stars,
            groups: expected.groups,
          })
          const chosenProducer = catalog.find(
            (product) => product.producer?.handle === filters.producer
          )?.producer
          const label = JSON.stringify(filters)
          expectTopValues(served.wards, expected.wards, filters.ward, `${label} wards`)
          expectTopValues(
            served.legacy_districts,
            expected.legacy_districts,
            filters.legacy_district,
            `${label} legacy_districts`
          )
          expectTopValues(
            served.producers,
            expected.producers,
            chosenProducer ? `${chosenProducer.handle} ${chosenProducer.name}` : undefined,
            `${label} producers`
          )
        }
      })

      it("is served by our /store/ocop listing and product page", async () => {
        const headers = { "x-publishable-api-key": webKey }
        const listing = await api.get("/store/ocop/products?limit=5", { headers })
        expect(listing.data.count).toBe(30 + PRODUCTS)
        const plan = scaleGenerator(loadAddressBook(), PRODUCERS, loadedAt).product(7)
        const detail = await api.get(`/store/ocop/products/${plan.handle}`, { headers })
        expect(detail.data.product.title).toBe(plan.title)
        expect(detail.data.product.origin.ward_code).toBe(plan.producer.ward_code)
      })
    })
  },
})
