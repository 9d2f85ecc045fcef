import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { compareVi, toDate, vietnamCalendarDate } from "@ocop/core"
import { OCOP_MODULE } from "../../src/modules/ocop"
import type OcopModuleService from "../../src/modules/ocop/service"
import {
  issueOcopCertificateWorkflow,
  revokeOcopCertificateWorkflow,
  setOcopProductProfileWorkflow,
} from "../../src/workflows/ocop"
import { medusaIntegrationTestRunner } from "../helpers/runner"
import { resetStoreCaches, writeThroughStoreCatalog } from "../helpers/store-catalog"
import {
  buildStoreOcopFixture,
  daysFromNow,
  FIXTURE_PRODUCTS,
  type StoreOcopFixture,
} from "./store-ocop-fixtures"

interface ListedProduct {
  id: string
  handle: string
  title: string
  ocop: {
    stars: number | null
    badge: boolean
    status: string | null
    group: string
    certificate_number: string | null
    issuer: string | null
    issuer_level: string | null
    valid_to: string | null
  }
  origin: { label: string | null; ward_code: string | null; legacy_district: string | null }
  producer: { handle: string; name: string; kind: string } | null
  is_alcohol: boolean
  abv: number | null
  variants: Array<{
    sku: string
    barcode: string
    calculated_price: {
      calculated_amount: number
      currency_code: string
      is_tax_inclusive: boolean
    } | null
    inventory_quantity: number | null
    in_stock: boolean
  }>
}

interface Listing {
  products: ListedProduct[]
  count: number
  limit: number
  offset: number
  facets: {
    stars: { value: number; count: number }[]
    groups: { value: string; label_vi: string; label_en: string; count: number }[]
    legacy_districts: { value: string; count: number }[]
    wards: { value: string; count: number }[]
    producers: { handle: string; name: string; count: number }[]
  }
}

const WEB_HANDLES = [
  "quyt-vang-bac-son",
  "gao-nep-cai-hoa-vang",
  "banh-chung-den",
  "ruou-men-la-suoi-mo-mam",
  "dao-mau-son",
  "dau-hoi-van-quan",
  "anh-dao-rung",
  "an-lien-mien-dong",
  "em-be-tho-cam",
]

const handles = (listing: Listing) => listing.products.map((product) => product.handle)
const sorted = (values: string[]) => [...values].sort()
const byHandle = (listing: Listing, handle: string) => {
  const product = listing.products.find((candidate) => candidate.handle === handle)
  if (!product) throw new Error(`${handle} not listed`)
  return product
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let fixture: StoreOcopFixture

    const list = async (params = "", headers = fixture.web.headers): Promise<Listing> => {
      const response = await api.get(`/store/ocop/products${params ? `?${params}` : ""}`, headers)
      expect(response.status).toBe(200)
      return response.data
    }
    const ocopService = () => getContainer().resolve<OcopModuleService>(OCOP_MODULE)

    // A write reaches the listing through the read model's subscribers: wait for them.
    const through = <T>(write: () => Promise<T>) => writeThroughStoreCatalog(getContainer(), write)

    beforeAll(async () => {
      // Built once: the runner snapshots the database after this hook and restores it per test.
      fixture = await buildStoreOcopFixture(getContainer())
    })

    beforeEach(() => resetStoreCaches(getContainer()))

    describe("listing", () => {
      it("lists the channel's published OCOP products with prices, stock and OCOP data", async () => {
        const listing = await list()
        expect(listing.count).toBe(WEB_HANDLES.length)
        expect(sorted(handles(listing))).toEqual(sorted(WEB_HANDLES))
        expect(listing.limit).toBe(20)
        expect(listing.offset).toBe(0)

        const quyt = byHandle(listing, "quyt-vang-bac-son")
        expect(quyt.ocop).toMatchObject({
          stars: 4,
          badge: true,
          status: "valid",
          group: "food",
          certificate_number: "100/QĐ-UBND",
          issuer: "UBND tỉnh Lạng Sơn",
          issuer_level: "province",
        })
        expect(quyt.origin).toMatchObject({
          label: "Quýt vàng Bắc Sơn",
          ward_code: "06325",
          legacy_district: "Bắc Sơn",
        })
        expect(quyt.producer).toEqual({
          handle: "htx-quyt-bac-son",
          name: "HTX Nông nghiệp Bắc Sơn",
          kind: "cooperative",
        })
        expect(quyt.variants).toHaveLength(1)
        expect(quyt.variants[0]).toMatchObject({
          sku: "OCOP-QUYT",
          barcode: "8930000000000",
          calculated_price: {
            calculated_amount: 120_000,
            currency_code: "vnd",
            is_tax_inclusive: true,
          },
          inventory_quantity: 40,
          in_stock: true,
        })
        const ruou = byHandle(listing, "ruou-men-la-suoi-mo-mam")
        expect(ruou.is_alcohol).toBe(true)
        expect(ruou.abv).toBeCloseTo(29.5)
        const gao = byHandle(listing, "gao-nep-cai-hoa-vang")
        expect(gao.variants[0]).toMatchObject({ inventory_quantity: 0, in_stock: false })
      })

      it("uses the region given by region_id, the store's default region otherwise", async () => {
        const byDefault = await list("sort=name")
        const explicit = await list(`sort=name&region_id=${fixture.regionId}`)
        expect(explicit.products).toEqual(byDefault.products)
      })

      it("counts stock only at the stock locations of the key's channel", async () => {
        const container = getContainer()
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({
          entity: "product_variant",
          fields: ["inventory_items.inventory_item_id"],
          filters: { product_id: fixture.productIds.quyt },
        })
        const inventoryItemId = data[0]?.inventory_items?.[0]?.inventory_item_id as string
        await through(() =>
          createInventoryLevelsWorkflow(container).run({
            input: {
              inventory_levels: [
                {
                  inventory_item_id: inventoryItemId,
                  location_id: fixture.boothLocationId,
                  stocked_quantity: 500,
                },
              ],
            },
          })
        )
        const listing = await list()
        expect(byHandle(listing, "quyt-vang-bac-son").variants[0]?.inventory_quantity).toBe(40)
      })
    })

    describe("OCOP badge rule (evaluated at request time)", () => {
      it("shows stars only for valid or expiring certificates of 3★ or more", async () => {
        const listing = await list()
        const badge = (handle: string) => {
          const { stars, badge, status } = byHandle(listing, handle).ocop
          return { stars, badge, status }
        }
        expect(badge("quyt-vang-bac-son")).toEqual({ stars: 4, badge: true, status: "valid" })
        expect(badge("gao-nep-cai-hoa-vang")).toEqual({ stars: 4, badge: true, status: "expiring" })
        expect(badge("banh-chung-den")).toEqual({ stars: null, badge: false, status: "expired" })
        expect(badge("ruou-men-la-suoi-mo-mam")).toEqual({
          stars: null,
          badge: false,
          status: "revoked",
        })
        // Entered ahead of its decision date: not in force yet.
        expect(badge("anh-dao-rung")).toMatchObject({ stars: null, badge: false })
        // Rated 2★: below the OCOP threshold.
        expect(badge("an-lien-mien-dong")).toMatchObject({ stars: null, badge: false })
        expect(badge("em-be-tho-cam")).toEqual({ stars: null, badge: false, status: null })
        // Products without a badge stay listed and sellable.
        expect(byHandle(listing, "banh-chung-den").variants[0]?.in_stock).toBe(true)
        expect(byHandle(listing, "ruou-men-la-suoi-mo-mam").variants[0]?.in_stock).toBe(true)
      })

      it("agrees with the star filter on the boundary days in Vietnam", async () => {
        const today = toDate(vietnamCalendarDate(new Date()))
        const day = 24 * 60 * 60 * 1000
        const ocop = ocopService()
        await through(() =>
          ocop.updateOcopCertificates([
            // Last valid day is today: still shown (as expiring).
            { id: fixture.certificateIds.quyt as string, valid_to: today },
            // Last valid day was yesterday: expired.
            { id: fixture.certificateIds.dao as string, valid_to: new Date(today.getTime() - 1) },
            // Revoked from tomorrow: still shown today.
            {
              id: fixture.certificateIds.dau as string,
              revoked_at: new Date(today.getTime() + day),
            },
            // Revoked from today: gone.
            { id: fixture.certificateIds.gao as string, revoked_at: today },
            // Valid from today: shown.
            { id: fixture.certificateIds.anh as string, valid_from: today },
          ])
        )
        const listing = await list()
        expect(byHandle(listing, "quyt-vang-bac-son").ocop).toMatchObject({
          badge: true,
          status: "expiring",
        })
        expect(byHandle(listing, "dao-mau-son").ocop).toMatchObject({
          badge: false,
          status: "expired",
        })
        expect(byHandle(listing, "dau-hoi-van-quan").ocop).toMatchObject({ badge: true, stars: 3 })
        expect(byHandle(listing, "gao-nep-cai-hoa-vang").ocop).toMatchObject({
          badge: false,
          status: "revoked",
        })
        expect(byHandle(listing, "anh-dao-rung").ocop).toMatchObject({ badge: true, stars: 4 })

        // The SQL filter and the per-product rule from @ocop/core pick the same products.
        const withBadge = listing.products.filter((product) => product.ocop.badge)
        const filtered = await list("stars=1,2,3,4,5")
        expect(sorted(handles(filtered))).toEqual(sorted(withBadge.map((p) => p.handle)))
        expect(sorted(handles(filtered))).toEqual(
          sorted(["quyt-vang-bac-son", "dau-hoi-van-quan", "anh-dao-rung"])
        )
      })

      it("revoking a certificate removes the badge at once but keeps the product sellable", async () => {
        await through(() =>
          revokeOcopCertificateWorkflow(getContainer()).run({
            input: {
              certificate_id: fixture.certificateIds.dao as string,
              reason: "Kiểm tra sau chứng nhận",
            },
          })
        )
        const listing = await list()
        const dao = byHandle(listing, "dao-mau-son")
        expect(dao.ocop).toMatchObject({ stars: null, badge: false, status: "revoked" })
        expect(dao.variants[0]?.in_stock).toBe(true)
        expect((await list("stars=5")).count).toBe(0)
        const detail = await api.get("/store/ocop/products/dao-mau-son", fixture.web.headers)
        expect(detail.data.product.ocop).toMatchObject({ stars: null, badge: false })
      })

      const renew = (productId: string, decided: Date, validFrom: Date) =>
        issueOcopCertificateWorkflow(getContainer()).run({
          input: {
            product_id: productId,
            stars: 4,
            decision_number: "900/QĐ-UBND",
            decision_date: decided,
            issuer_name: "UBND tỉnh Lạng Sơn",
            issuer_level: "province",
            legal_basis: "1489/QĐ-TTg",
            valid_from: validFrom,
            valid_to: daysFromNow(1000),
          },
        })

      it("a re-recognition replaces the expired certificate and brings the badge back", async () => {
        await through(() =>
          renew(fixture.productIds.banh as string, daysFromNow(-2), daysFromNow(-2))
        )
        const banh = byHandle(await list(), "banh-chung-den")
        expect(banh.ocop).toMatchObject({
          stars: 4,
          badge: true,
          status: "valid",
          certificate_number: "900/QĐ-UBND",
        })
        expect(handles(await list("stars=4"))).toContain("banh-chung-den")
      })

      it("a renewal taking effect later leaves the certificate in force until then", async () => {
        await through(() => renew(fixture.productIds.dao as string, daysFromNow(0), daysFromNow(5)))
        const dao = byHandle(await list(), "dao-mau-son")
        expect(dao.ocop).toMatchObject({
          stars: 5,
          badge: true,
          status: "valid",
          certificate_number: "104/QĐ-UBND",
        })
        expect(handles(await list("stars=5"))).toEqual(["dao-mau-son"])
      })
    })

    describe("filters and facets", () => {
      it("stars matches the current badge-worthy certificate's stars", async () => {
        expect(sorted(handles(await list("stars=4")))).toEqual(
          sorted(["quyt-vang-bac-son", "gao-nep-cai-hoa-vang"])
        )
        expect(handles(await list("stars=3"))).toEqual(["dau-hoi-van-quan"])
        expect(sorted(handles(await list("stars=4,5")))).toEqual(
          sorted(["quyt-vang-bac-son", "gao-nep-cai-hoa-vang", "dao-mau-son"])
        )
        expect((await list("stars=2")).count).toBe(0)
      })

      it("min_stars keeps badge stars at or above the bound", async () => {
        expect(sorted(handles(await list("min_stars=4")))).toEqual(
          sorted(["quyt-vang-bac-son", "gao-nep-cai-hoa-vang", "dao-mau-son"])
        )
        expect((await list("min_stars=5")).count).toBe(1)
      })

      it("group filters by OCOP product group; its facet still shows every group", async () => {
        const listing = await list("group=beverage")
        expect(handles(listing)).toEqual(["ruou-men-la-suoi-mo-mam"])
        expect(listing.facets.groups).toEqual([
          { value: "food", label_vi: "Thực phẩm", label_en: "Food", count: 6 },
          { value: "beverage", label_vi: "Đồ uống", label_en: "Beverages", count: 1 },
          {
            value: "medicinal-herbs",
            label_vi: "Dược liệu và sản phẩm từ dược liệu",
            label_en: "Medicinal herbs and herbal products",
            count: 1,
          },
          {
            value: "handicraft",
            label_vi: "Hàng thủ công mỹ nghệ",
            label_en: "Handicrafts",
            count: 1,
          },
        ])
        // The other facets follow the group filter.
        expect(listing.facets.legacy_districts).toEqual([{ value: "Bắc Sơn", count: 1 }])
        expect(listing.facets.stars).toEqual([])
      })

      it("ward filters by the post-2025 commune code", async () => {
        const listing = await list("ward=06325")
        expect(sorted(handles(listing))).toEqual(
          sorted(["quyt-vang-bac-son", "gao-nep-cai-hoa-vang"])
        )
        expect(listing.facets.wards).toEqual([
          { value: "06325", count: 2 },
          { value: "06349", count: 1 },
          { value: "06367", count: 1 },
          { value: "06385", count: 1 },
        ])
      })

      it("legacy_district filters by the former district", async () => {
        const listing = await list(`legacy_district=${encodeURIComponent("Bắc Sơn")}`)
        expect(sorted(handles(listing))).toEqual(
          sorted([
            "quyt-vang-bac-son",
            "gao-nep-cai-hoa-vang",
            "banh-chung-den",
            "ruou-men-la-suoi-mo-mam",
          ])
        )
        // Its own facet ignores it (in Vietnamese order); the star facet follows it.
        expect(listing.facets.legacy_districts).toEqual([
          { value: "Bắc Sơn", count: 4 },
          { value: "Bình Gia", count: 1 },
          { value: "Hữu Lũng", count: 1 },
          { value: "Lộc Bình", count: 1 },
          { value: "Tràng Định", count: 1 },
          { value: "Văn Quan", count: 1 },
        ])
        expect(listing.facets.stars).toEqual([{ value: 4, count: 2 }])
      })

      it("producer filters by producer handle; its facet lists every producer", async () => {
        const listing = await list("producer=htx-quyt-bac-son")
        expect(sorted(handles(listing))).toEqual(
          sorted(["quyt-vang-bac-son", "gao-nep-cai-hoa-vang", "banh-chung-den"])
        )
        expect(listing.facets.producers).toEqual([
          { handle: "cong-ty-anh-dao", name: "Công ty Anh Đào", count: 2 },
          { handle: "ho-dao-mau-son", name: "Hộ kinh doanh Đào Mẫu Sơn", count: 1 },
          { handle: "htx-quyt-bac-son", name: "HTX Nông nghiệp Bắc Sơn", count: 3 },
        ])
        expect(listing.facets.stars).toEqual([{ value: 4, count: 2 }])
      })

      it("the star facet counts badge stars over the other filters", async () => {
        const all = await list()
        expect(all.facets.stars).toEqual([
          { value: 5, count: 1 },
          { value: 4, count: 2 },
          { value: 3, count: 1 },
        ])
        const starred = await list("stars=4&group=food")
        expect(starred.count).toBe(2)
        // Its own filter is ignored, the group filter is not (3★ is a medicinal herb).
        expect(starred.facets.stars).toEqual([
          { value: 5, count: 1 },
          { value: 4, count: 2 },
        ])
        expect(starred.facets.groups.map((group) => [group.value, group.count])).toEqual([
          ["food", 2],
        ])
      })
    })

    describe("search (q)", () => {
      it("ignores diacritics and case: 'quyt vang bac son', 'RƯỢU men lá', 'banh chung'", async () => {
        expect(handles(await list("q=quyt%20vang%20bac%20son"))[0]).toBe("quyt-vang-bac-son")
        expect(handles(await list(`q=${encodeURIComponent("RƯỢU men lá")}`))).toEqual([
          "ruou-men-la-suoi-mo-mam",
        ])
        expect(handles(await list("q=banh%20chung"))).toEqual(["banh-chung-den"])
        expect(handles(await list(`q=${encodeURIComponent("Bánh Chưng")}`))).toEqual([
          "banh-chung-den",
        ])
      })

      it("matches đ as d both ways, and searches producer names too", async () => {
        const plain = await list("q=dao")
        // Relevance is the default with q: the title that starts with the words comes first
        // (by name, "Anh đào rừng" would).
        expect(handles(plain)[0]).toBe("dao-mau-son")
        expect(handles(await list("q=dao&sort=name"))[0]).toBe("anh-dao-rung")
        expect(sorted(handles(plain))).toEqual(
          sorted(["dao-mau-son", "anh-dao-rung", "an-lien-mien-dong"])
        )
        const marked = await list(`q=${encodeURIComponent("ĐÀO")}`)
        expect(handles(marked)).toEqual(handles(plain))
      })

      it("matches words from their start and needs every word", async () => {
        expect(handles(await list("q=quy"))).toEqual(["quyt-vang-bac-son"])
        expect(sorted(handles(await list("q=qu")))).toEqual(
          sorted(["quyt-vang-bac-son", "dau-hoi-van-quan"])
        )
        // Nothing starts with "uyt": one typo per word is then allowed (a missing "q").
        expect(handles(await list("q=uyt"))).toEqual(["quyt-vang-bac-son"])
        expect((await list("q=quyt%20dao")).count).toBe(0)
        const none = await list("q=khong%20co%20san%20pham%20nay")
        expect(none).toMatchObject({ count: 0, products: [] })
        expect(none.facets.stars).toEqual([])
      })

      it("combines with filters and facets", async () => {
        const listing = await list("q=bac%20son&stars=4")
        expect(sorted(handles(listing))).toEqual(
          sorted(["quyt-vang-bac-son", "gao-nep-cai-hoa-vang"])
        )
        expect(listing.facets.legacy_districts).toEqual([{ value: "Bắc Sơn", count: 2 }])
      })
    })

    describe("sorting", () => {
      const expectedByName = [
        "Anh đào rừng Hữu Lũng",
        "Ăn liền miến dong Bình Gia",
        "Bánh chưng đen Bắc Sơn",
        "Dầu hồi Văn Quan",
        "Đào Mẫu Sơn",
        "Em bé thổ cẩm Tày",
        "Gạo nếp cái hoa vàng Bắc Sơn",
        "Quýt vàng Bắc Sơn",
        "Rượu men lá suối Mỏ Mắm",
      ]

      it("name sorts with the Vietnamese collator (A Ă … D Đ E)", async () => {
        const titles = (await list("sort=name")).products.map((product) => product.title)
        expect(titles).toEqual(expectedByName)
        expect(titles).toEqual([...titles].sort(compareVi))
        // An English collator gets these wrong, which is why the order is the collator's.
        expect(["Đào Mẫu Sơn", "Dầu hồi Văn Quan"].sort(new Intl.Collator("en").compare)[0]).toBe(
          "Đào Mẫu Sơn"
        )
      })

      it("paginates with limit and offset without gaps or overlaps", async () => {
        const pages = await Promise.all(
          [0, 4, 8].map((offset) => list(`sort=name&limit=4&offset=${offset}`))
        )
        expect(pages.map((page) => page.products.length)).toEqual([4, 4, 1])
        expect(pages.every((page) => page.count === 9 && page.limit === 4)).toBe(true)
        expect(pages.flatMap((page) => page.products.map((product) => product.title))).toEqual(
          expectedByName
        )
      })

      it("price_asc and price_desc order by the region's calculated price", async () => {
        const amount = (product: ListedProduct) =>
          product.variants[0]?.calculated_price?.calculated_amount ?? Number.NaN
        const ascending = (await list("sort=price_asc")).products.map(amount)
        expect(ascending).toEqual([...ascending].sort((a, b) => a - b))
        expect(ascending[0]).toBe(45_000)
        const descending = (await list("sort=price_desc")).products.map(amount)
        expect(descending).toEqual([...ascending].reverse())
      })

      it("stars puts the highest badge first, products without a badge last", async () => {
        expect(handles(await list("sort=stars"))).toEqual([
          "dao-mau-son",
          "gao-nep-cai-hoa-vang",
          "quyt-vang-bac-son",
          "dau-hoi-van-quan",
          "anh-dao-rung",
          "an-lien-mien-dong",
          "banh-chung-den",
          "em-be-tho-cam",
          "ruou-men-la-suoi-mo-mam",
        ])
      })

      it("newest first by default without q", async () => {
        const container = getContainer()
        const { result } = await createProductsWorkflow(container).run({
          input: {
            products: [
              {
                title: "Bánh khảo Bắc Sơn",
                handle: "banh-khao",
                status: "published",
                options: [{ title: "Quy cách", values: ["Hộp"] }],
                sales_channels: [{ id: fixture.web.channel.id }],
                variants: [
                  {
                    title: "Hộp",
                    options: { "Quy cách": "Hộp" },
                    manage_inventory: false,
                    prices: [{ amount: 30_000, currency_code: "vnd" }],
                  },
                ],
              },
            ],
          },
        })
        await through(() =>
          setOcopProductProfileWorkflow(container).run({
            input: {
              product_id: result[0]?.id as string,
              product_group: "food",
              province_code: "20",
            },
          })
        )
        const newest = await list()
        expect(handles(newest)[0]).toBe("banh-khao")
        expect(newest.products[0]?.variants[0]).toMatchObject({
          inventory_quantity: null,
          in_stock: true,
        })
        expect(handles(await list("sort=newest"))).toEqual(handles(newest))
      })
    })

    describe("sales channel scoping", () => {
      it("lists only what the key's channel sells", async () => {
        const web = await list()
        expect(handles(web)).not.toContain("hong-khong-hat")
        const booth = await list("", fixture.booth.headers)
        expect(handles(booth)).toEqual(["hong-khong-hat"])
        expect(booth.products[0]?.variants[0]?.inventory_quantity).toBe(6)
        expect(booth.facets.producers).toEqual([])
      })

      it("the detail of a product in another channel is 404", async () => {
        const elsewhere = await api
          .get("/store/ocop/products/hong-khong-hat", fixture.web.headers)
          .catch((error: { response: unknown }) => error.response)
        expect(elsewhere.status).toBe(404)
        const here = await api.get("/store/ocop/products/hong-khong-hat", fixture.booth.headers)
        expect(here.status).toBe(200)
        expect(here.data.product.handle).toBe("hong-khong-hat")
      })

      it("drafts and products without an OCOP profile are not in the OCOP catalog", async () => {
        const listing = await list()
        expect(handles(listing)).not.toContain("che-mau-son-nhap")
        expect(handles(listing)).not.toContain("tui-giay")
        for (const handle of ["che-mau-son-nhap", "tui-giay", "no-such-product"]) {
          const response = await api
            .get(`/store/ocop/products/${handle}`, fixture.web.headers)
            .catch((error: { response: unknown }) => error.response)
          expect(response.status).toBe(404)
        }
      })

      it("requires a publishable key", async () => {
        const response = await api
          .get("/store/ocop/products")
          .catch((error: { response: unknown }) => error.response)
        expect(response.status).toBe(400)
      })
    })

    describe("GET /store/ocop/products/:handle", () => {
      it("says what the listing says, and more", async () => {
        const listing = await list()
        for (const handle of ["quyt-vang-bac-son", "ruou-men-la-suoi-mo-mam", "em-be-tho-cam"]) {
          const response = await api.get(`/store/ocop/products/${handle}`, fixture.web.headers)
          expect(response.status).toBe(200)
          const { description, images, options, certificate, producer, variants, ...rest } =
            response.data.product
          const {
            producer: listedProducer,
            variants: listedVariants,
            ...listed
          } = byHandle(listing, handle)
          expect(rest).toEqual(listed)
          expect(variants.map(({ options, ...variant }: { options: unknown }) => variant)).toEqual(
            listedVariants
          )
          if (listedProducer) expect(producer).toMatchObject(listedProducer)
          else expect(producer).toBeNull()
          expect(certificate?.number ?? null).toBe(listed.ocop.certificate_number)
          expect(Array.isArray(images) && Array.isArray(options)).toBe(true)
          expect(description === null || typeof description === "string").toBe(true)
        }
      })
    })

    describe("producers", () => {
      it("GET /store/ocop/producers lists producers with products in the channel", async () => {
        const response = await api.get("/store/ocop/producers", fixture.web.headers)
        expect(response.status).toBe(200)
        expect(response.data.count).toBe(3)
        expect(
          response.data.producers.map((p: { handle: string; product_count: number }) => [
            p.handle,
            p.product_count,
          ])
        ).toEqual([
          ["cong-ty-anh-dao", 2],
          ["ho-dao-mau-son", 1],
          ["htx-quyt-bac-son", 3],
        ])
        expect(response.data.producers[0]).not.toHaveProperty("tax_id")
        const filtered = await api.get(
          `/store/ocop/producers?legacy_district=${encodeURIComponent("Lộc Bình")}`,
          fixture.web.headers
        )
        expect(filtered.data.producers.map((p: { handle: string }) => p.handle)).toEqual([
          "ho-dao-mau-son",
        ])
        const booth = await api.get("/store/ocop/producers", fixture.booth.headers)
        expect(booth.data).toMatchObject({ producers: [], count: 0 })
      })

      it("GET /store/ocop/producers/:handle gives the producer and their products here", async () => {
        const response = await api.get(
          "/store/ocop/producers/htx-quyt-bac-son",
          fixture.web.headers
        )
        expect(response.status).toBe(200)
        expect(response.data.producer).toMatchObject({
          handle: "htx-quyt-bac-son",
          name: "HTX Nông nghiệp Bắc Sơn",
          kind: "cooperative",
          legacy_district: "Bắc Sơn",
        })
        expect(response.data.producer).not.toHaveProperty("tax_id")
        expect(response.data.producer).not.toHaveProperty("phone")
        expect(response.data.count).toBe(3)
        expect(response.data.products.map((p: ListedProduct) => p.title)).toEqual([
          "Bánh chưng đen Bắc Sơn",
          "Gạo nếp cái hoa vàng Bắc Sơn",
          "Quýt vàng Bắc Sơn",
        ])
        const missing = await api
          .get("/store/ocop/producers/khong-ton-tai", fixture.web.headers)
          .catch((error: { response: unknown }) => error.response)
        expect(missing.status).toBe(404)
      })
    })

    it("the fixture covers what the tests assume", () => {
      expect(
        FIXTURE_PRODUCTS.filter((spec) => (spec.channels ?? ["web"]).includes("web"))
      ).toHaveLength(WEB_HANDLES.length + 2)
    })
  },
})
