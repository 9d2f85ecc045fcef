import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { TestEventUtils } from "@medusajs/test-utils"
import type OcopModuleService from "../../src/modules/ocop/service"
import { createAdminHeaders } from "../helpers/auth"
import { medusaIntegrationTestRunner } from "../helpers/runner"
import { certificateBody, createCatalogProduct } from "../http/admin-ocop-fixtures"

// Workflows run by name through the engine: importing src/ here would load the app's code twice.
const ANNOUNCE = "announce-ocop-certificate-expiry"
const ISSUE = "issue-ocop-certificate"
const REVOKE = "revoke-ocop-certificate"
const EXPIRING = "ocop.certificate.expiring"
const EXPIRED = "ocop.certificate.expired"

interface Announcement {
  id: string
  status: string
  decision_number: string
  days_until_expiry: number
}
interface AnnounceResult {
  announced: Announcement[]
  reset: string[]
}

medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    let container: MedusaContainer

    async function run<T>(workflow: string, input: Record<string, unknown>): Promise<T> {
      const engine = container.resolve(Modules.WORKFLOW_ENGINE)
      const { result } = await engine.run(workflow, { input, throwOnError: true })
      return result as T
    }

    async function certify(title: string, decisionDate: string, decisionNumber: string) {
      const product = await createCatalogProduct(container, title)
      return run<{ id: string }>(ISSUE, {
        ...certificateBody({ decision_date: decisionDate, decision_number: decisionNumber }),
        product_id: product.id,
      })
    }

    const notifications = () =>
      container
        .resolve(Modules.NOTIFICATION)
        .listNotifications({}, { order: { created_at: "ASC" } })

    beforeEach(async () => {
      container = getContainer()
      // the OCOP office: every admin user hears about expiring certificates
      await createAdminHeaders(container, "office@ocop.test")
      // valid to 2027-01-15: 17 days after the clock below → expiring
      await certify("Quýt vàng Bắc Sơn", "2024-01-15", "100/QĐ-UBND")
      // valid to 2026-11-01 → expired before the clock
      await certify("Gạo nếp cái hoa vàng", "2023-11-01", "200/QĐ-UBND")
      // valid to 2028-03-01 → valid
      await certify("Bánh chưng đen", "2025-03-01", "300/QĐ-UBND")
      // expiring, but revoked: revocation is its own news, not an expiry reminder
      const revoked = await certify("Thạch đen Tràng Định", "2024-01-20", "400/QĐ-UBND")
      await run(REVOKE, { certificate_id: revoked.id, reason: "demo", revoked_at: "2025-06-01" })
    })

    it("announces crossings once, emits the events and sends a notification per certificate", async () => {
      const eventBus = container.resolve(Modules.EVENT_BUS)
      const heard = Promise.all([
        TestEventUtils.waitSubscribersExecution(EXPIRING, eventBus),
        TestEventUtils.waitSubscribersExecution(EXPIRED, eventBus),
      ])
      const first = await run<AnnounceResult>(ANNOUNCE, { at: "2026-12-29T09:00:00+07:00" })
      await heard

      const byNumber = Object.fromEntries(first.announced.map((a) => [a.decision_number, a]))
      expect(Object.keys(byNumber).sort()).toEqual(["100/QĐ-UBND", "200/QĐ-UBND"])
      expect(byNumber["100/QĐ-UBND"]).toMatchObject({ status: "expiring", days_until_expiry: 17 })
      expect(byNumber["200/QĐ-UBND"]).toMatchObject({ status: "expired" })

      const sent = await notifications()
      expect(sent).toHaveLength(2)
      expect(sent.every((n) => n.to === "office@ocop.test" && n.channel === "email")).toBe(true)
      const templates = Object.fromEntries(sent.map((n) => [n.template, n]))
      const expiringMail = templates["ocop-certificate-expiring"]
      expect(expiringMail?.trigger_type).toBe(EXPIRING)
      expect(expiringMail?.data).toMatchObject({
        product_title: "Quýt vàng Bắc Sơn",
        valid_to_vi: "15/01/2027",
      })
      expect(templates["ocop-certificate-expired"]?.resource_type).toBe("ocop_certificate")

      // the same day again: nothing new to announce, nobody mailed twice
      const again = await run<AnnounceResult>(ANNOUNCE, { at: "2026-12-29T09:05:00+07:00" })
      expect(again.announced).toEqual([])
      expect(await notifications()).toHaveLength(2)
    })

    it("announces an expiring certificate again when it expires", async () => {
      await run(ANNOUNCE, { at: "2026-12-29T09:00:00+07:00" })
      const eventBus = container.resolve(Modules.EVENT_BUS)
      const heard = TestEventUtils.waitSubscribersExecution(EXPIRED, eventBus)
      const later = await run<AnnounceResult>(ANNOUNCE, { at: "2027-01-16T09:00:00+07:00" })
      await heard
      expect(later.announced.map((a) => [a.decision_number, a.status])).toEqual([
        ["100/QĐ-UBND", "expired"],
      ])
      const templates = (await notifications()).map((n) => n.template)
      expect(templates.filter((t) => t === "ocop-certificate-expired")).toHaveLength(2)
    })

    it("does not announce a certificate that was renewed before it expired", async () => {
      await run(ANNOUNCE, { at: "2026-12-29T09:00:00+07:00" })
      const [expiring] = await container
        .resolve<OcopModuleService>("ocop")
        .listOcopCertificates({ decision_number: "100/QĐ-UBND" })
      await run(ISSUE, {
        ...certificateBody({ decision_date: "2027-01-05", decision_number: "500/QĐ-UBND" }),
        product_id: expiring?.product_id,
      })
      const later = await run<AnnounceResult>(ANNOUNCE, { at: "2027-01-16T09:00:00+07:00" })
      expect(later.announced).toEqual([])
    })
  },
})
