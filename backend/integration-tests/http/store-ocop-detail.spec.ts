import { Modules } from "@medusajs/framework/utils"
import { createTranslationsWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import type {
  StoreOcopProductResponse,
  StoreOcopProductsResponse,
  StoreOcopSuggestionsResponse,
  StoreProducerResponse,
} from "@ocop/sdk"
import { OCOP_MODULE } from "../../src/modules/ocop"
import type OcopModuleService from "../../src/modules/ocop/service"
import { updateOcopProducerWorkflow } from "../../src/workflows/ocop"
import { medusaIntegrationTestRunner } from "../helpers/runner"
import { resetStoreCaches, storeCatalogSettled } from "../helpers/store-catalog"
import { buildStoreOcopFixture, type StoreOcopFixture } from "./store-ocop-fixtures"

const QUYT = "/store/ocop/products/quyt-vang-bac-son"
const STORY_VI = "Hợp tác xã trồng quýt trên sườn núi Bắc Sơn từ năm 1998."
const STORY_EN = "A cooperative growing mandarins on the slopes of Bắc Sơn since 1998."

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let fixture: StoreOcopFixture
    type Headers = { headers: Record<string, string> }
    const get = async <T>(path: string, headers: Headers = fixture.web.headers): Promise<T> => {
      const response = await api.get(path, headers)
      expect(response.status).toBe(200)
      return response.data as T
    }
    const status = async (path: string, headers: Headers = fixture.web.headers) =>
      (
        await api
          .get(path, headers)
          .catch((error: { response: { status: number } }) => error.response)
      ).status

    beforeAll(async () => {
      const container = getContainer()
      fixture = await buildStoreOcopFixture(container)
      const quytId = fixture.productIds.quyt as string
      await updateProductsWorkflow(container).run({
        input: {
          selector: { id: quytId },
          update: {
            description: "Quýt chín vàng trên núi đá vôi.",
            images: [
              { url: "https://example.test/quyt-2.jpg" },
              { url: "https://example.test/quyt-1.jpg", metadata: { alt: "Quýt trên cành" } },
            ],
          },
        },
      })
      const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
      const [producer] = await ocop.listOcopProducers({ handle: "htx-quyt-bac-son" })
      await updateOcopProducerWorkflow(container).run({
        input: { id: producer?.id as string, story_vi: STORY_VI, story_en: STORY_EN },
      })
      const [product] = await container
        .resolve(Modules.PRODUCT)
        .listProducts({ id: quytId }, { relations: ["options", "options.values", "variants"] })
      const option = product?.options[0]
      await createTranslationsWorkflow(container).run({
        input: {
          translations: [
            {
              reference: "product",
              reference_id: quytId,
              locale_code: "en-US",
              translations: { title: "Bắc Sơn golden mandarin", description: "Golden mandarins." },
            },
            {
              reference: "product_option",
              reference_id: option?.id as string,
              locale_code: "en-US",
              translations: { title: "Pack" },
            },
            {
              reference: "product_option_value",
              reference_id: option?.values?.[0]?.id as string,
              locale_code: "en-US",
              translations: { value: "Standard" },
            },
            {
              reference: "product_variant",
              reference_id: product?.variants[0]?.id as string,
              locale_code: "en-US",
              translations: { title: "Standard" },
            },
          ],
        },
      })
      await storeCatalogSettled(container)
    })

    beforeEach(() => resetStoreCaches(getContainer()))

    describe("GET /store/ocop/products/:handle", () => {
      it("has everything the product page shows, in one call", async () => {
        const { product } = await get<StoreOcopProductResponse>(QUYT)
        expect(product.title).toBe("Quýt vàng Bắc Sơn")
        expect(product.description).toBe("Quýt chín vàng trên núi đá vôi.")
        expect(product.images.map((image) => [image.url, image.alt])).toEqual([
          ["https://example.test/quyt-2.jpg", "Quýt vàng Bắc Sơn"],
          ["https://example.test/quyt-1.jpg", "Quýt trên cành"],
        ])
        expect(product.options).toEqual([
          { id: expect.any(String), title: "Quy cách", values: ["Tiêu chuẩn"] },
        ])
        expect(product.variants).toHaveLength(1)
        expect(product.variants[0]).toMatchObject({
          title: "Tiêu chuẩn",
          sku: "OCOP-QUYT",
          inventory_quantity: 40,
          in_stock: true,
          calculated_price: { calculated_amount: 120_000, currency_code: "vnd" },
          options: [
            { option_id: product.options[0]?.id, option_title: "Quy cách", value: "Tiêu chuẩn" },
          ],
        })
        expect(product.certificate).toMatchObject({
          stars: 4,
          badge: true,
          status: "valid",
          number: "100/QĐ-UBND",
          issuer: "UBND tỉnh Lạng Sơn",
          issuer_level: "province",
        })
        const certificate = product.certificate
        expect(new Date(certificate?.valid_from ?? "").getTime()).toBeLessThan(Date.now())
        expect(new Date(certificate?.valid_to ?? "").getTime()).toBeGreaterThan(Date.now())
        expect(product.origin).toMatchObject({
          label: "Quýt vàng Bắc Sơn",
          province_code: "20",
          ward_code: "06325",
          legacy_district: "Bắc Sơn",
        })
        expect(product.producer).toEqual({
          handle: "htx-quyt-bac-son",
          name: "HTX Nông nghiệp Bắc Sơn",
          kind: "cooperative",
          story: STORY_VI,
        })
        expect(product.ocop).toMatchObject({ stars: 4, badge: true, group: "food" })
      })

      it("shows the certificate of a revoked product without a badge", async () => {
        const { product } = await get<StoreOcopProductResponse>(
          "/store/ocop/products/ruou-men-la-suoi-mo-mam"
        )
        expect(product.certificate).toMatchObject({ stars: 4, badge: false, status: "revoked" })
        expect(product.ocop.stars).toBeNull()
        expect(product.producer).toBeNull()
        expect(product.images).toEqual([])
        expect(product.description).toBeNull()
      })

      it("answers in the request's locale, falling back to Vietnamese", async () => {
        const english = (await get<StoreOcopProductResponse>(`${QUYT}?locale=en-US`)).product
        expect(english.title).toBe("Bắc Sơn golden mandarin")
        expect(english.description).toBe("Golden mandarins.")
        expect(english.options[0]).toMatchObject({ title: "Pack", values: ["Standard"] })
        expect(english.variants[0]).toMatchObject({
          title: "Standard",
          options: [{ option_title: "Pack", value: "Standard" }],
        })
        expect(english.producer?.story).toBe(STORY_EN)
        // alt text follows the translated title where the image has none of its own
        expect(english.images[0]?.alt).toBe("Bắc Sơn golden mandarin")
        // an untranslated product keeps its Vietnamese text
        const dao = (
          await get<StoreOcopProductResponse>("/store/ocop/products/dao-mau-son?locale=en")
        ).product
        expect(dao.title).toBe("Đào Mẫu Sơn")
        const byHeader = await get<StoreOcopProductResponse>(QUYT, {
          headers: { ...fixture.web.headers.headers, "x-medusa-locale": "en-US" },
        })
        expect(byHeader.product.title).toBe("Bắc Sơn golden mandarin")
      })

      it("carries the product's group row with ?related=n, and nothing extra without it", async () => {
        const plain = await get<StoreOcopProductResponse>(QUYT)
        expect(plain).not.toHaveProperty("related")
        const { product, related } = await get<StoreOcopProductResponse>(`${QUYT}?related=3`)
        expect(product.handle).toBe("quyt-vang-bac-son")
        expect(related?.length).toBe(3)
        for (const candidate of related ?? []) {
          expect(candidate.handle).not.toBe("quyt-vang-bac-son")
          expect(candidate.ocop.group).toBe("food")
        }
        // best rated first, as the listing's "stars" order
        const listing = await get<StoreOcopProductsResponse>(
          "/store/ocop/products?group=food&sort=stars&limit=4"
        )
        expect(related?.map((candidate) => candidate.handle)).toEqual(
          listing.products
            .filter((candidate) => candidate.handle !== "quyt-vang-bac-son")
            .slice(0, 3)
            .map((candidate) => candidate.handle)
        )
        expect(await status(`${QUYT}?related=13`)).toBe(400)
      })

      it("keeps listing rows light and translated", async () => {
        const listing = await get<StoreOcopProductsResponse>(
          "/store/ocop/products?locale=en-US&limit=100"
        )
        const quyt = listing.products.find((product) => product.handle === "quyt-vang-bac-son")
        expect(quyt?.title).toBe("Bắc Sơn golden mandarin")
        expect(quyt?.variants[0]?.title).toBe("Standard")
        expect(quyt).not.toHaveProperty("description")
        expect(quyt).not.toHaveProperty("images")
        expect(quyt).not.toHaveProperty("certificate")
      })
    })

    describe("GET /store/ocop/suggestions", () => {
      const suggest = async (q: string, extra = "") =>
        (
          await get<StoreOcopSuggestionsResponse>(
            `/store/ocop/suggestions?q=${encodeURIComponent(q)}${extra}`
          )
        ).suggestions

      it("completes a prefix typed without tones", async () => {
        const suggestions = await suggest("quyt v")
        expect(suggestions).toEqual([
          { handle: "quyt-vang-bac-son", title: "Quýt vàng Bắc Sơn", thumbnail: null, stars: 4 },
        ])
        expect((await suggest("QUÝT"))[0]?.handle).toBe("quyt-vang-bac-son")
      })

      it("puts titles that start with the prefix before titles with a word that does", async () => {
        const handles = (await suggest("dao")).map((suggestion) => suggestion.handle)
        expect(handles).toEqual(["dao-mau-son", "anh-dao-rung"])
        const banh = await suggest("banh chung d")
        // expired certificate: listed, but no stars
        expect(banh).toEqual([expect.objectContaining({ handle: "banh-chung-den", stars: null })])
      })

      it("stays within the key's channel and the limit, and answers in the locale", async () => {
        expect(await suggest("hong")).toEqual([])
        const booth = await get<StoreOcopSuggestionsResponse>(
          "/store/ocop/suggestions?q=hong",
          fixture.booth.headers
        )
        expect(booth.suggestions.map((suggestion) => suggestion.handle)).toEqual(["hong-khong-hat"])
        expect(await suggest("   ")).toEqual([])
        const all = await suggest("a", "&limit=1")
        expect(all).toHaveLength(1)
        const english = await suggest("quyt", "&locale=en-US")
        expect(english[0]?.title).toBe("Bắc Sơn golden mandarin")
      })
    })

    describe("GET /store/ocop/producers/:handle", () => {
      it("shows a producer only to a channel that sells their products", async () => {
        const web = await get<StoreProducerResponse>("/store/ocop/producers/htx-quyt-bac-son")
        expect(web.producer.story).toBe(STORY_VI)
        expect(web.count).toBeGreaterThan(0)
        const english = await get<StoreProducerResponse>(
          "/store/ocop/producers/htx-quyt-bac-son?locale=en-US"
        )
        expect(english.producer.story).toBe(STORY_EN)
        expect(await status("/store/ocop/producers/htx-quyt-bac-son", fixture.booth.headers)).toBe(
          404
        )
        expect(await status("/store/ocop/producers/nobody")).toBe(404)
      })
    })
  },
})
