import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  type CertificateStatus,
  certificateInForce,
  certificateStatus,
  defaultValidTo,
  isValidEan13,
  PRODUCER_KINDS,
  validateTaxId,
  vatIncluded,
  vatPeriodAt,
  vatRateAt,
  vietnamCalendarDate,
} from "@ocop/core"
import { OCOP_MODULE } from "../../src/modules/ocop"
import type OcopModuleService from "../../src/modules/ocop/service"
import demoLogins from "../../src/scripts/demo-logins.json"
import seed from "../../src/scripts/seed"
import { listPublishableKeys } from "../../src/scripts/seed/publishable-keys"
import { DEMO_SEED_MARKER } from "../../src/scripts/seed/store-marker"
import {
  SEED_SALES_CHANNELS,
  SEED_STOCK_LOCATIONS,
  WEB_STORE_CHANNEL,
} from "../../src/scripts/seed-data/channels"
import { SEED_PRODUCERS } from "../../src/scripts/seed-data/producers"
import { SEED_PRODUCTS } from "../../src/scripts/seed-data/products"
import { PRODUCT_TEXT_EN } from "../../src/scripts/seed-data/translations-en"
import { medusaIntegrationTestRunner } from "../helpers/runner"

/** Former Bắc Sơn district's communes after 2025 (DOMAIN.md). */
const BAC_SON_WARDS = ["06325", "06349", "06367", "06376", "06364", "06337"]
/** Former Hữu Lũng district's communes after 2025 (DOMAIN.md). */
const HUU_LUNG_WARDS = ["06385", "06457", "06445", "06415", "06436", "06391", "06400", "06427"]

function ocop(container: MedusaContainer): OcopModuleService {
  return container.resolve<OcopModuleService>(OCOP_MODULE)
}

/** Counts of everything the seed writes. */
async function counts(container: MedusaContainer) {
  const count = async (list: Promise<[unknown[], number]>) => (await list)[1]
  const length = async (list: Promise<unknown[]>) => (await list).length
  const service = ocop(container)
  return {
    regions: await count(container.resolve(Modules.REGION).listAndCountRegions()),
    taxRegions: await length(container.resolve(Modules.TAX).listTaxRegions()),
    taxRates: await count(container.resolve(Modules.TAX).listAndCountTaxRates()),
    productTypes: await count(container.resolve(Modules.PRODUCT).listAndCountProductTypes()),
    products: await count(container.resolve(Modules.PRODUCT).listAndCountProducts()),
    variants: await count(container.resolve(Modules.PRODUCT).listAndCountProductVariants({})),
    salesChannels: await count(
      container.resolve(Modules.SALES_CHANNEL).listAndCountSalesChannels()
    ),
    stockLocations: await count(
      container.resolve(Modules.STOCK_LOCATION).listAndCountStockLocations({})
    ),
    publishableKeys: await count(
      container.resolve(Modules.API_KEY).listAndCountApiKeys({ type: "publishable" })
    ),
    inventoryItems: await count(
      container.resolve(Modules.INVENTORY).listAndCountInventoryItems({})
    ),
    inventoryLevels: await count(
      container.resolve(Modules.INVENTORY).listAndCountInventoryLevels({})
    ),
    fulfillmentSets: await count(
      container.resolve(Modules.FULFILLMENT).listAndCountFulfillmentSets()
    ),
    shippingOptions: await count(
      container.resolve(Modules.FULFILLMENT).listAndCountShippingOptions()
    ),
    shippingProfiles: await count(
      container.resolve(Modules.FULFILLMENT).listAndCountShippingProfiles()
    ),
    pricePreferences: await length(container.resolve(Modules.PRICING).listPricePreferences()),
    users: await count(container.resolve(Modules.USER).listAndCountUsers()),
    producers: await count(service.listAndCountOcopProducers()),
    profiles: await count(service.listAndCountOcopProductProfiles()),
    certificates: await count(service.listAndCountOcopCertificates()),
    translations: await count(
      container.resolve(Modules.TRANSLATION).listAndCountTranslations({}, { take: null })
    ),
  }
}

/** Ids with their last update time: a rerun that rewrote a row would show up here. */
async function fingerprint(container: MedusaContainer) {
  const stamp = (rows: { id: string; updated_at?: unknown }[]) =>
    rows.map((row) => `${row.id}@${new Date(row.updated_at as string).toISOString()}`).sort()
  const service = ocop(container)
  const all = { take: null }
  return {
    products: stamp(await container.resolve(Modules.PRODUCT).listProducts({}, all)),
    variants: stamp(await container.resolve(Modules.PRODUCT).listProductVariants({}, all)),
    channels: stamp(await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({}, all)),
    keys: stamp(await container.resolve(Modules.API_KEY).listApiKeys({}, all)),
    taxRates: stamp(await container.resolve(Modules.TAX).listTaxRates({}, all)),
    levels: stamp(await container.resolve(Modules.INVENTORY).listInventoryLevels({}, all)),
    store: stamp(await container.resolve(Modules.STORE).listStores({}, all)),
    producers: stamp(await service.listOcopProducers({}, all)),
    profiles: stamp(await service.listOcopProductProfiles({}, all)),
    certificates: stamp(await service.listOcopCertificates({}, all)),
    translations: stamp(await container.resolve(Modules.TRANSLATION).listTranslations({}, all)),
  }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("demo seed", () => {
      const runs: { ms: number; counts: Awaited<ReturnType<typeof counts>> }[] = []
      const prints: Awaited<ReturnType<typeof fingerprint>>[] = []
      let seededAt: Date

      // Both runs happen before the runner snapshots the database, so every test sees the
      // seeded data.
      beforeAll(async () => {
        const container = getContainer()
        for (let run = 0; run < 2; run++) {
          const started = Date.now()
          if (run === 0) seededAt = new Date()
          await seed({ container, args: [] })
          runs.push({ ms: Date.now() - started, counts: await counts(container) })
          prints.push(await fingerprint(container))
        }
        console.log(
          `seed run times: first ${runs[0]?.ms} ms, second (nothing to do) ${runs[1]?.ms} ms`
        )
      })

      it("creates the demo data once: a second run creates and changes nothing", () => {
        const [first, second] = runs
        expect(second?.counts).toEqual(first?.counts)
        expect(prints[1]).toEqual(prints[0])
        expect(first?.counts).toMatchObject({
          regions: 1,
          taxRegions: 1,
          // the default (standard) rate + fresh produce, processed food, alcohol
          taxRates: 4,
          productTypes: 4,
          products: 30,
          salesChannels: 4,
          stockLocations: 4,
          publishableKeys: 4,
          producers: SEED_PRODUCERS.length,
          profiles: 30,
          certificates: 31,
          // delivery from the warehouse, pickup at each of the two stores
          shippingOptions: 3,
          fulfillmentSets: 3,
          shippingProfiles: 1,
          users: 1,
        })
        const variants = SEED_PRODUCTS.flatMap((product) => product.variants)
        expect(first?.counts.variants).toBe(variants.length)
        const stockKept = SEED_PRODUCTS.filter((p) => !p.is_service).flatMap((p) => p.variants)
        expect(first?.counts.inventoryItems).toBe(stockKept.length)
        expect(first?.counts.inventoryLevels).toBe(stockKept.length * 4)
      })

      it("gives each channel its own stock location (the web store also its pick-up stores) and key", async () => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: channels } = await query.graph({
          entity: "sales_channel",
          fields: ["name", "stock_locations.name", "publishable_api_keys.id"],
        })
        expect(channels.map((channel) => channel.name).sort()).toEqual(
          SEED_SALES_CHANNELS.map((channel) => channel.name).sort()
        )
        for (const seedChannel of SEED_SALES_CHANNELS) {
          const channel = channels.find((candidate) => candidate.name === seedChannel.name)
          const expected = [seedChannel.location, ...(seedChannel.pickup_locations ?? [])].map(
            (key) => SEED_STOCK_LOCATIONS.find((loc) => loc.key === key)?.name
          )
          const linked = (channel?.stock_locations ?? []) as ({ name: string } | null)[]
          expect(linked.map((loc) => loc?.name).sort()).toEqual(expected.sort())
          expect(channel?.publishable_api_keys).toHaveLength(1)
        }

        const keys = await listPublishableKeys({ container: getContainer() })
        expect(keys).toHaveLength(4)
        expect(new Set(keys.map((key) => key.token)).size).toBe(4)
        const visible = new Map<string, number>()
        for (const { channel, token } of keys) {
          const response = await api.get("/store/products?limit=1", {
            headers: { "x-publishable-api-key": token },
          })
          visible.set(channel, response.data.count)
        }
        // the two tourism services are not sold at the trade-fair booth
        expect(Object.fromEntries(visible)).toEqual({
          "Cửa hàng OCOP số 1": 30,
          "Cửa hàng OCOP số 2": 30,
          "Gian hàng Tuần lễ OCOP Vincom Lạng Sơn": 28,
          "Web store": 30,
        })

        const store = (await getContainer().resolve(Modules.STORE).listStores())[0]
        const webStore = (
          await getContainer()
            .resolve(Modules.SALES_CHANNEL)
            .listSalesChannels({ name: "Web store" })
        )[0]
        expect(store?.default_sales_channel_id).toBe(webStore?.id)
      })

      it("prices in integer VND, tax-inclusive for the region and the currency", async () => {
        const container = getContainer()
        const [region] = await container.resolve(Modules.REGION).listRegions(
          {},
          {
            relations: ["countries"],
          }
        )
        expect(region).toMatchObject({
          name: "Việt Nam",
          currency_code: "vnd",
          automatic_taxes: true,
        })
        expect(region?.countries?.map((country) => country.iso_2)).toEqual(["vn"])
        const { data: regionProviders } = await container
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity: "region", fields: ["payment_providers.id"] })
        const enabled = (regionProviders[0]?.payment_providers ?? []) as { id: string }[]
        // VietQR and cash on delivery; never the system provider, which takes no payment at all
        expect(enabled.map((provider) => provider.id).sort()).toEqual([
          "pp_cod_cod",
          "pp_vietqr_vietqr",
        ])
        const preferences = await container.resolve(Modules.PRICING).listPricePreferences()
        expect(
          preferences.find((p) => p.attribute === "region_id" && p.value === region?.id)
            ?.is_tax_inclusive
        ).toBe(true)
        expect(
          preferences.find((p) => p.attribute === "currency_code" && p.value === "vnd")
            ?.is_tax_inclusive
        ).toBe(true)
        const [store] = await container
          .resolve(Modules.STORE)
          .listStores({}, { relations: ["supported_currencies"] })
        expect(store?.default_region_id).toBe(region?.id)
        expect(store?.supported_currencies).toEqual([
          expect.objectContaining({ currency_code: "vnd", is_default: true }),
        ])

        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: variants } = await query.graph({
          entity: "product_variant",
          fields: ["sku", "prices.amount", "prices.currency_code"],
        })
        const priceBySku = new Map(
          SEED_PRODUCTS.flatMap((p) => p.variants).map((v) => [v.sku, v.price])
        )
        for (const variant of variants) {
          expect(variant.prices).toHaveLength(1)
          const price = variant.prices?.[0]
          expect(price?.currency_code).toBe("vnd")
          expect(Number.isInteger(price?.amount)).toBe(true)
          expect(price?.amount).toBe(priceBySku.get(variant.sku as string))
        }

        const [key] = await listPublishableKeys({ container })
        const response = await api.get(
          `/store/products?handle=quyt-vang-bac-son&region_id=${region?.id}&fields=*variants.calculated_price`,
          { headers: { "x-publishable-api-key": key?.token as string } }
        )
        const oneKilo = response.data.products[0].variants.find(
          (variant: { sku: string }) => variant.sku === "LS-QVBS-1KG"
        )
        expect(oneKilo.calculated_price).toMatchObject({
          calculated_amount: 60_000,
          currency_code: "vnd",
          is_calculated_price_tax_inclusive: true,
        })
      })

      it("charges VAT per product type from VAT_SCHEDULE, with the effective range", async () => {
        const container = getContainer()
        const taxModule = container.resolve(Modules.TAX)
        const rates = await taxModule.listTaxRates({}, { relations: ["rules"] })
        for (const category of [
          "standard",
          "fresh_produce",
          "processed_food",
          "alcohol",
        ] as const) {
          const rate = rates.find((candidate) => candidate.code === `VAT_VN_${category}`)
          const period = vatPeriodAt(category, seededAt)
          expect(rate?.rate).toBe(vatRateAt(category, seededAt))
          expect(rate?.is_default).toBe(category === "standard")
          expect(rate?.metadata).toMatchObject({
            vat_category: category,
            effective_from: period.from,
            effective_to: period.to ?? null,
            legal_basis: period.basis,
          })
        }

        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: products } = await query.graph({
          entity: "product",
          fields: ["id", "handle", "type.id", "type.value"],
          filters: {
            handle: [
              "quyt-vang-bac-son",
              "banh-chung-den-bac-son",
              "ruou-men-la-suoi-mo-mam",
              "khan-tho-cam-tay",
            ],
          },
        })
        for (const product of products) {
          const seeded = SEED_PRODUCTS.find((candidate) => candidate.handle === product.handle)
          expect(product.type?.value).toBe(seeded?.vat_category)
        }
        const lines = await taxModule.getTaxLines(
          products.map((product) => ({
            id: product.handle,
            product_id: product.id,
            product_type_id: product.type?.id,
            quantity: 1,
            unit_price: 100_000,
            currency_code: "vnd",
          })),
          { address: { country_code: "vn" } }
        )
        const rateByHandle = Object.fromEntries(
          lines.map((line) => [(line as { line_item_id: string }).line_item_id, line.rate])
        )
        expect(rateByHandle).toEqual({
          "quyt-vang-bac-son": 5,
          "banh-chung-den-bac-son": vatRateAt("processed_food", seededAt),
          "ruou-men-la-suoi-mo-mam": 10,
          "khan-tho-cam-tay": 10,
        })
      })

      it("lets a web-store cart take delivery at 30.000 ₫ or pick-up, VAT inside the price", async () => {
        const container = getContainer()
        const keys = await listPublishableKeys({ container })
        const webKey = keys.find((key) => key.channel === "Web store")?.token as string
        const headers = { headers: { "x-publishable-api-key": webKey } }
        const [variant] = await container
          .resolve(Modules.PRODUCT)
          .listProductVariants({ sku: "LS-QVBS-1KG" })
        const { data: created } = await api.post(
          "/store/carts",
          {
            email: "khach@example.com",
            shipping_address: { country_code: "vn", city: "Lạng Sơn", address_1: "1 Demo" },
          },
          headers
        )
        const cartId = created.cart.id
        const { data: withItem } = await api.post(
          `/store/carts/${cartId}/line-items`,
          { variant_id: variant?.id, quantity: 2 },
          headers
        )
        const cart = withItem.cart
        expect(cart.currency_code).toBe("vnd")
        expect(cart.items[0].tax_lines.map((line: { rate: number }) => line.rate)).toEqual([5])
        expect(cart.item_total).toBe(120_000)
        // Medusa keeps the VAT share unrounded (5714.2857…); whole đồng is for invoices and display
        expect(Math.round(cart.item_tax_total)).toBe(vatIncluded(120_000, 5))
        expect(cart.total).toBe(120_000)

        const { data: options } = await api.get(
          `/store/shipping-options?cart_id=${cartId}`,
          headers
        )
        // delivery from the warehouse, and free click & collect at both OCOP stores
        expect(
          options.shipping_options
            .map((o: { name: string; amount: number }) => [o.name, o.amount])
            .sort()
        ).toEqual([
          ["Giao hàng tiêu chuẩn", 30_000],
          ["Nhận tại Cửa hàng OCOP số 1", 0],
          ["Nhận tại Cửa hàng OCOP số 2", 0],
        ])
      })

      it("labels every variant with a valid, unique 893 EAN-13 and a unique SKU", async () => {
        const variants = await getContainer()
          .resolve(Modules.PRODUCT)
          .listProductVariants({}, { take: null })
        const barcodes = variants.map((variant) => variant.barcode ?? "")
        expect(barcodes.every((code) => isValidEan13(code) && code.startsWith("893"))).toBe(true)
        expect(variants.every((variant) => variant.ean === variant.barcode)).toBe(true)
        expect(new Set(barcodes).size).toBe(variants.length)
        expect(new Set(variants.map((variant) => variant.sku)).size).toBe(variants.length)
      })

      it("stocks the warehouse most, the stores less, the booth a few; services none", async () => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: levels } = await query.graph({
          entity: "inventory_level",
          fields: ["stocked_quantity", "location_id", "inventory_item.sku"],
        })
        const locations = await getContainer()
          .resolve(Modules.STOCK_LOCATION)
          .listStockLocations({})
        const nameOf = new Map(locations.map((location) => [location.id, location.name]))
        const mandarin = levels.filter((level) => level.inventory_item?.sku === "LS-QVBS-1KG")
        expect(
          Object.fromEntries(mandarin.map((l) => [nameOf.get(l.location_id), l.stocked_quantity]))
        ).toEqual({
          "Kho trung tâm": 200,
          "Cửa hàng OCOP số 1": 30,
          "Cửa hàng OCOP số 2": 20,
          "Gian hàng Tuần lễ OCOP Vincom Lạng Sơn": 6,
        })
        for (const level of levels) {
          const name = nameOf.get(level.location_id)
          if (name === "Kho trung tâm") expect(level.stocked_quantity).toBeGreaterThanOrEqual(30)
          if (name?.startsWith("Gian hàng")) expect(level.stocked_quantity).toBeLessThanOrEqual(6)
        }
        const skus = new Set(levels.map((level) => level.inventory_item?.sku))
        expect(skus.has("LS-HSVL-1N2K")).toBe(false)
      })

      it("seeds the certificate mix: one 5★, expired, revoked, expiring and re-certified", async () => {
        const service = ocop(getContainer())
        const certificates = await service.listOcopCertificates({}, { take: null })
        const status = new Map<string, CertificateStatus>(
          certificates.map((cert) => [
            cert.id,
            certificateStatus(
              {
                stars: cert.stars,
                valid_from: cert.valid_from,
                valid_to: cert.valid_to,
                revoked_at: cert.revoked_at,
                superseded_by: cert.superseded_by_id,
                superseded_at: cert.superseded_at,
              },
              seededAt
            ),
          ])
        )
        const tally = (wanted: CertificateStatus) =>
          [...status.values()].filter((value) => value === wanted).length
        expect({
          expired: tally("expired"),
          revoked: tally("revoked"),
          expiring: tally("expiring"),
          superseded: tally("superseded"),
          valid: tally("valid"),
        }).toEqual({ expired: 1, revoked: 1, expiring: 1, superseded: 1, valid: 27 })

        const current = certificates.filter((cert) => !cert.superseded_by_id)
        expect(current).toHaveLength(30)
        expect(current.filter((cert) => cert.stars === 5)).toHaveLength(1)
        expect(current.filter((cert) => cert.stars === 4).length).toBeGreaterThanOrEqual(3)
        expect(current.filter((cert) => cert.stars === 3).length).toBeGreaterThanOrEqual(3)
        const fiveStar = current.find((cert) => cert.stars === 5)
        expect(fiveStar?.issuer_level).toBe("central")

        // valid_to defaults to 36 months after the decision
        for (const cert of certificates) {
          expect(vietnamCalendarDate(cert.valid_to)).toBe(
            vietnamCalendarDate(defaultValidTo(cert.decision_date))
          )
        }

        // every profiled product has a certificate in force on the seed day
        const profiles = await service.listOcopProductProfiles({}, { take: null })
        for (const profile of profiles) {
          const history = certificates.filter((cert) => cert.product_id === profile.product_id)
          const inForce = certificateInForce(history, seededAt)
          expect(inForce?.id).toBe(current.find((c) => c.product_id === profile.product_id)?.id)
        }
      })

      it("records the DOMAIN.md facts on the four Bắc Sơn products", async () => {
        const container = getContainer()
        const service = ocop(container)
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: products } = await query.graph({
          entity: "product",
          fields: ["id", "handle", "title", "discountable"],
          filters: {
            handle: [
              "quyt-vang-bac-son",
              "gao-nep-cai-hoa-vang-bac-son",
              "banh-chung-den-bac-son",
              "ruou-men-la-suoi-mo-mam",
            ],
          },
        })
        expect(products.map((product) => product.title).sort()).toEqual([
          "Bánh chưng đen Bắc Sơn",
          "Gạo nếp cái hoa vàng Bắc Sơn",
          "Quýt vàng Bắc Sơn",
          "Rượu men lá suối Mỏ Mắm",
        ])
        const idOf = (handle: string) => products.find((p) => p.handle === handle)?.id as string
        const profiles = await service.listOcopProductProfiles({
          product_id: products.map((product) => product.id),
        })
        for (const profile of profiles) {
          expect(profile).toMatchObject({
            province_code: "20",
            legacy_district: "Bắc Sơn",
            address_schema: "2025",
            is_demo: false,
          })
          expect(BAC_SON_WARDS).toContain(profile.ward_code)
          const history = await service.listOcopCertificates({ product_id: profile.product_id })
          expect(certificateInForce(history, new Date())?.stars).toBeGreaterThanOrEqual(3)
        }

        // Quýt vàng Bắc Sơn: 4★ provincial, round "đợt 3/2020" held 28/01/2021
        const quyt = await service.listOcopCertificates({ product_id: idOf("quyt-vang-bac-son") })
        const round = quyt.find((cert) => cert.round_label === "đợt 3/2020")
        expect(round).toMatchObject({
          stars: 4,
          issuer_level: "province",
          issuer_name: "UBND tỉnh Lạng Sơn",
          legal_basis: "1048/QĐ-TTg",
        })
        expect(vietnamCalendarDate(round?.decision_date as Date)).toBe("2021-01-28")
        expect(round?.superseded_by_id).toBeTruthy()
        expect(quyt.find((cert) => !cert.superseded_by_id)?.stars).toBe(4)

        const nep = profiles.find((p) => p.product_id === idOf("gao-nep-cai-hoa-vang-bac-son"))
        const nepHistory = await service.listOcopCertificates({ product_id: nep?.product_id })
        expect(certificateInForce(nepHistory, new Date())?.stars).toBe(4)
        expect(nep).toMatchObject({ product_group: "food", sub_group: "raw" })
        const quytProfile = profiles.find((p) => p.product_id === idOf("quyt-vang-bac-son"))
        expect(quytProfile).toMatchObject({ product_group: "food", sub_group: "fresh" })
        const banhChung = profiles.find((p) => p.product_id === idOf("banh-chung-den-bac-son"))
        expect(banhChung).toMatchObject({ product_group: "food", sub_group: "processed-grain" })

        const ruou = profiles.find((p) => p.product_id === idOf("ruou-men-la-suoi-mo-mam"))
        expect(ruou).toMatchObject({
          product_group: "beverage",
          sub_group: "alcoholic",
          is_alcohol: true,
          vat_category: "alcohol",
        })
        expect(ruou?.abv).toBeGreaterThanOrEqual(15)
        // no promotions on drinks of 15 % ABV or more
        expect(products.find((p) => p.handle === "ruou-men-la-suoi-mo-mam")?.discountable).toBe(
          false
        )

        // facts stay facts; what DOMAIN.md does not give is marked demo
        const bacSonCerts = await service.listOcopCertificates({
          product_id: products.map((product) => product.id),
        })
        for (const cert of bacSonCerts) expect(cert.decision_number).toContain("(demo)")
      })

      it("gives producers of every kind valid tax ids, stories and coordinates", async () => {
        const producers = await ocop(getContainer()).listOcopProducers({}, { take: null })
        expect(new Set(producers.map((producer) => producer.kind))).toEqual(new Set(PRODUCER_KINDS))
        for (const producer of producers) {
          const taxId = validateTaxId(producer.tax_id ?? "")
          expect(taxId.ok).toBe(true)
          if (producer.kind === "household") expect(producer.tax_id).toMatch(/^\d{12}$/)
          else expect(producer.tax_id).toMatch(/^\d{10}$/)
          expect(producer.story_vi).toBeTruthy()
          expect(producer.story_en).toBeTruthy()
          expect(producer.latitude).toBeGreaterThan(21.3)
          expect(producer.latitude).toBeLessThan(22.6)
          expect(producer.longitude).toBeGreaterThan(106)
          expect(producer.longitude).toBeLessThan(107.4)
          expect(producer.is_demo).toBe(true)
          expect(producer.name).toContain("(demo)")
        }
        const huuLung = producers.filter((producer) => producer.legacy_district === "Hữu Lũng")
        expect(huuLung.length).toBeGreaterThanOrEqual(3)
        for (const producer of huuLung) expect(HUU_LUNG_WARDS).toContain(producer.ward_code)
      })

      it("marks everything outside DOMAIN.md as demo", async () => {
        const service = ocop(getContainer())
        const profiles = await service.listOcopProductProfiles({}, { take: null })
        expect(profiles.filter((profile) => !profile.is_demo)).toHaveLength(4)
        const products = await getContainer()
          .resolve(Modules.PRODUCT)
          .listProducts({}, { take: null })
        for (const product of products) {
          const profile = profiles.find((candidate) => candidate.product_id === product.id)
          if (profile?.is_demo) {
            expect(product.description).toContain("(demo)")
            expect(product.metadata?.is_demo).toBe(true)
          } else {
            expect(product.metadata?.demo_fields).toEqual(expect.any(Array))
          }
        }
        const certificates = await service.listOcopCertificates({}, { take: null })
        const facts = certificates.filter((cert) => cert.metadata?.is_demo === false)
        expect(facts.map((cert) => cert.round_label)).toEqual(["đợt 3/2020"])
      })

      it("serves English product text to an English request and Vietnamese otherwise", async () => {
        const container = getContainer()
        const keys = await listPublishableKeys({ container })
        const web = keys.find((key) => key.channel === WEB_STORE_CHANNEL)
        const headers = { headers: { "x-publishable-api-key": web?.token ?? "" } }
        const locales = await api.get("/store/locales", headers)
        expect(locales.data.locales.map((locale: { code: string }) => locale.code).sort()).toEqual([
          "en-US",
          "vi-VN",
        ])
        // every product, option, option value and variant has its English text
        const variants = SEED_PRODUCTS.flatMap((product) => product.variants).length
        const options = SEED_PRODUCTS.length
        expect(runs[0]?.counts.translations).toBe(SEED_PRODUCTS.length + options + 2 * variants)

        const path = "/store/ocop/products/quyt-vang-bac-son"
        const english = (await api.get(`${path}?locale=en-US`, headers)).data.product
        expect(english.title).toBe(PRODUCT_TEXT_EN["quyt-vang-bac-son"]?.title)
        expect(english.description).toBe(PRODUCT_TEXT_EN["quyt-vang-bac-son"]?.description)
        expect(english.options[0].title).toBe("Pack")
        expect(english.variants.map((variant: { title: string }) => variant.title).sort()).toEqual([
          "1 kg bag",
          "3 kg gift box",
        ])
        expect(english.producer.story).toBe(
          SEED_PRODUCERS.find((producer) => producer.handle === english.producer.handle)?.story_en
        )
        const header = await api.get(path, {
          headers: { ...headers.headers, "x-medusa-locale": "en-US" },
        })
        expect(header.data.product.title).toBe(english.title)
        const vietnamese = (await api.get(path, headers)).data.product
        expect(vietnamese.title).toBe("Quýt vàng Bắc Sơn")
        expect(vietnamese.variants[0].options[0].value).toMatch(/^(Túi 1 kg|Hộp quà 3 kg)$/)
        // A locale without translations falls back to Vietnamese.
        const french = (await api.get(`${path}?locale=fr-FR`, headers)).data.product
        expect(french.title).toBe("Quýt vàng Bắc Sơn")
        const listing = await api.get("/store/ocop/products?locale=en-US&limit=100", headers)
        const titles = listing.data.products.map((product: { title: string }) => product.title)
        expect(titles).toContain(PRODUCT_TEXT_EN["quyt-vang-bac-son"]?.title)
      })

      it("sets up outlets, shipping, the store marker and the demo admin", async () => {
        const container = getContainer()
        const locations = await container
          .resolve(Modules.STOCK_LOCATION)
          .listStockLocations({}, { relations: ["address"] })
        const store1 = locations.find((location) => location.name === "Cửa hàng OCOP số 1")
        expect(store1?.address?.address_1).toBe("211 Trần Đăng Ninh")
        const booth = locations.find((location) => location.name.startsWith("Gian hàng"))
        expect(booth?.address?.address_1).toContain("Hùng Vương")
        const event = booth?.metadata?.event as {
          first_held_from: string
          demo_window: { starts_at: string; ends_at: string }
        }
        expect(event.first_held_from).toBe("2021-04-28")
        expect(new Date(event.demo_window.starts_at).getTime()).toBeLessThan(seededAt.getTime())
        expect(new Date(event.demo_window.ends_at).getTime()).toBeGreaterThan(seededAt.getTime())

        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: options } = await query.graph({
          entity: "shipping_option",
          fields: [
            "name",
            "prices.amount",
            "prices.currency_code",
            "service_zone.fulfillment_set.type",
            "service_zone.fulfillment_set.location.name",
          ],
        })
        const summary = options
          .map((option) => ({
            name: option.name,
            amount: option.prices?.[0]?.amount,
            currency: option.prices?.[0]?.currency_code,
            type: option.service_zone?.fulfillment_set?.type,
            location: option.service_zone?.fulfillment_set?.location?.name,
          }))
          .sort((a, b) => a.name.localeCompare(b.name))
        expect(summary).toEqual([
          {
            name: "Giao hàng tiêu chuẩn",
            amount: 30_000,
            currency: "vnd",
            type: "shipping",
            location: "Kho trung tâm",
          },
          {
            name: "Nhận tại Cửa hàng OCOP số 1",
            amount: 0,
            currency: "vnd",
            type: "pickup",
            location: "Cửa hàng OCOP số 1",
          },
          {
            name: "Nhận tại Cửa hàng OCOP số 2",
            amount: 0,
            currency: "vnd",
            type: "pickup",
            location: "Cửa hàng OCOP số 2",
          },
        ])

        const [store] = await container.resolve(Modules.STORE).listStores()
        expect(store?.metadata?.[DEMO_SEED_MARKER]).toEqual(expect.any(String))
        const admin = demoLogins.find((login) => login.label === "admin")
        const users = await container.resolve(Modules.USER).listUsers({ email: admin?.username })
        expect(users).toHaveLength(1)
        const login = await api.post("/auth/user/emailpass", {
          email: admin?.username,
          password: admin?.password,
        })
        expect(login.data.token).toEqual(expect.any(String))
      })
    })
  },
})
