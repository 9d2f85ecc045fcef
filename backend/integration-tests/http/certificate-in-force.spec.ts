import { badgeStarsOn, certificateInForce, toDate, vietnamCalendarDate } from "@ocop/core"
import type { StoreOcopProductResponse, StoreOcopProductsResponse } from "@ocop/sdk"
import { OCOP_MODULE } from "../../src/modules/ocop"
import type OcopModuleService from "../../src/modules/ocop/service"
import {
  issueOcopCertificateWorkflow,
  revokeOcopCertificateWorkflow,
} from "../../src/workflows/ocop"
import { createAdminHeaders, type RequestHeaders } from "../helpers/auth"
import { medusaIntegrationTestRunner } from "../helpers/runner"
import {
  resetStoreCaches,
  storeCatalogSettled,
  writeThroughStoreCatalog,
} from "../helpers/store-catalog"
import {
  buildStoreOcopFixture,
  type FixtureProductSpec,
  type StoreOcopFixture,
} from "./store-ocop-fixtures"

const DAY_MS = 24 * 60 * 60 * 1000
/** Midnight in Vietnam, `days` calendar days from today. */
const vietnamDay = (days: number) =>
  toDate(vietnamCalendarDate(new Date(Date.now() + days * DAY_MS)))

/**
 * A 4★ product whose 5★ renewal was recorded 30 days before it takes effect; the three products
 * put today on the day before, the day of and the day after the renewal's first day.
 */
const RENEWALS: Array<{ key: string; takesEffectIn: number; expectedStars: number }> = [
  { key: "before", takesEffectIn: 1, expectedStars: 4 },
  { key: "dayof", takesEffectIn: 0, expectedStars: 5 },
  { key: "after", takesEffectIn: -1, expectedStars: 5 },
]

const SPECS: FixtureProductSpec[] = RENEWALS.map(({ key }) => ({
  key,
  title: `Quýt gia hạn ${key}`,
  handle: `quyt-gia-han-${key}`,
  price: 100_000,
  stock: 10,
  group: "food",
  stars: 4,
  certificate: "valid",
}))

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let fixture: StoreOcopFixture
    let admin: RequestHeaders
    const renewalIds: Record<string, string> = {}

    beforeAll(async () => {
      const container = getContainer()
      fixture = await buildStoreOcopFixture(container, SPECS)
      for (const { key, takesEffectIn } of RENEWALS) {
        const validFrom = vietnamDay(takesEffectIn)
        const { result } = await issueOcopCertificateWorkflow(container).run({
          input: {
            product_id: fixture.productIds[key] as string,
            stars: 5,
            decision_number: `9${key.length}/QĐ-BNN (${key})`,
            // recorded 30 days before it takes effect
            decision_date: new Date(validFrom.getTime() - 30 * DAY_MS),
            valid_from: validFrom,
            issuer_name: "Bộ Nông nghiệp và Môi trường",
            issuer_level: "central",
            legal_basis: "148/QĐ-TTg",
          },
        })
        renewalIds[key] = result.id
      }
      await storeCatalogSettled(container)
    })

    beforeEach(async () => {
      await resetStoreCaches(getContainer())
      admin = await createAdminHeaders(getContainer())
    })

    for (const { key, takesEffectIn, expectedStars } of RENEWALS) {
      const day = ["the day after", "the day of", "the day before"][takesEffectIn + 1]
      it(`shows ${expectedStars}★ in admin and store on ${day} the renewal takes effect`, async () => {
        const productId = fixture.productIds[key] as string
        const panel = (await api.get(`/admin/ocop/products/${productId}`, admin)).data
        const store = (
          (await api.get(`/store/ocop/products/quyt-gia-han-${key}`, fixture.web.headers))
            .data as StoreOcopProductResponse
        ).product
        const renewed = expectedStars === 5
        expect(panel.current_certificate.id).toBe(
          renewed ? renewalIds[key] : fixture.certificateIds[key]
        )
        expect(panel.badge).toBe(true)
        expect(panel.current_certificate.stars).toBe(expectedStars)
        expect(store.ocop.stars).toBe(expectedStars)
        expect(store.certificate?.stars).toBe(expectedStars)
        expect(store.certificate?.number).toBe(panel.current_certificate.decision_number)
        // the history shows the predecessor superseded only from the renewal's first day
        const statuses = Object.fromEntries(
          panel.certificates.map((cert: { id: string; status: string }) => [cert.id, cert.status])
        )
        expect(statuses[fixture.certificateIds[key] as string]).toBe(
          renewed ? "superseded" : "valid"
        )
      })
    }

    it("filters and counts stars by the certificate in force", async () => {
      const listing = (await api.get("/store/ocop/products?stars=5", fixture.web.headers))
        .data as StoreOcopProductsResponse
      expect(listing.products.map((product) => product.handle).sort()).toEqual([
        "quyt-gia-han-after",
        "quyt-gia-han-dayof",
      ])
      expect(listing.facets.stars).toEqual([
        { value: 5, count: 2 },
        { value: 4, count: 1 },
      ])
    })

    it("the store's SQL and read model choose what certificateInForce and the badge rule choose, on every day", async () => {
      const container = getContainer()
      const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
      // a revoked renewal-to-be and a plain history make the table wider
      await writeThroughStoreCatalog(container, () =>
        revokeOcopCertificateWorkflow(container).run({
          input: {
            certificate_id: fixture.certificateIds.after as string,
            revoked_at: vietnamDay(-5),
            reason: "Vi phạm (thử)",
          },
        })
      )
      const productIds = Object.values(fixture.productIds)
      const history = await ocop.listOcopCertificates({ product_id: productIds })
      const historyOf = (productId: string) =>
        history
          .filter((cert) => cert.product_id === productId)
          .map((cert) => ({ ...cert, superseded_by: cert.superseded_by_id }))
      const noon = (offset: number) => new Date(vietnamDay(offset).getTime() + 12 * 60 * 60 * 1000)
      // The page's live choice of the certificate in force, on any day.
      for (let offset = -40; offset <= 40; offset += 1) {
        const at = noon(offset)
        for (const row of await ocop.certificatesInForce(productIds, at)) {
          const expected = certificateInForce(historyOf(row.product_id), at)
          expect({ offset, id: row.certificate_id }).toEqual({ offset, id: expected?.id ?? null })
        }
      }
      // The badge periods the read model stored today decide filters, facets and sorting on
      // every day from today on, without a refresh.
      for (let offset = 0; offset <= 40; offset += 1) {
        const at = noon(offset)
        const { rows } = await ocop.listStoreCatalog({
          sales_channel_ids: [fixture.web.channel.id],
          region_id: null,
          sort: "name",
          limit: 50,
          offset: 0,
          at,
        })
        expect(rows).toHaveLength(productIds.length)
        for (const row of rows) {
          expect({ offset, product: row.handle, stars: row.badge_stars }).toEqual({
            offset,
            product: row.handle,
            stars: badgeStarsOn(historyOf(row.product_id), at),
          })
        }
      }
    })
  },
})
