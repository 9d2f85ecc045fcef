import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { TestEventUtils } from "@medusajs/test-utils"
import { defaultValidTo } from "@ocop/core"
import type OcopModuleService from "../../src/modules/ocop/service"
import { createAdminHeaders, type RequestHeaders } from "../helpers/auth"
import { medusaIntegrationTestRunner } from "../helpers/runner"
import { certificateBody, createCatalogProduct, producerBody } from "./admin-ocop-fixtures"

interface HttpAnswer {
  status: number
  data: { type?: string; message?: string } & Record<string, unknown>
}
const answer = (error: { response?: HttpAnswer }) => {
  if (!error.response) throw error
  return error.response
}

// the module's registration name; importing src/ here would load the app's code twice
const OCOP_MODULE = "ocop"
const DAY_MS = 24 * 60 * 60 * 1000
const isoDay = (date: Date) => date.toISOString().slice(0, 10)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: RequestHeaders
    let container: MedusaContainer
    let ocop: OcopModuleService

    const post = (url: string, body: unknown) =>
      api.post(url, body, admin).catch(answer) as Promise<HttpAnswer>
    const get = (url: string) => api.get(url, admin).catch(answer) as Promise<HttpAnswer>

    beforeEach(async () => {
      container = getContainer()
      admin = await createAdminHeaders(container)
      ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    })

    let producerCount = 0

    /** A product with its own producer and a profile, ready for certificates. */
    async function profiledProduct(title = "Quýt vàng Bắc Sơn") {
      const product = await createCatalogProduct(container, title)
      producerCount += 1
      const handle = producerCount === 1 ? undefined : `htx-${producerCount}`
      const producer = await post("/admin/ocop/producers", producerBody({ handle }))
      expect(producer.status).toBe(200)
      const producerId = (producer.data.producer as { id: string }).id
      const profile = await post(`/admin/ocop/products/${product.id}`, {
        product_group: "food",
        sub_group: "fresh",
        origin_label: "Quýt vàng Bắc Sơn",
        province_code: "20",
        ward_code: "06325",
        legacy_district: "Bắc Sơn",
        producer_id: producerId,
        vat_category: "fresh_produce",
      })
      expect(profile.status).toBe(200)
      return { product, producerId }
    }

    describe("producers", () => {
      it("creates a producer with NFC text, a derived handle and a normalised tax id", async () => {
        const nfdName = "Hợp tác xã Rượu men lá Mỏ Mắm".normalize("NFD")
        const created = await post(
          "/admin/ocop/producers",
          producerBody({ name: nfdName, tax_id: "0100 112 437", legacy_district: "Bắc Sơn" })
        )
        expect(created.status).toBe(200)
        const producer = created.data.producer as Record<string, unknown>
        expect(producer.name).toBe("Hợp tác xã Rượu men lá Mỏ Mắm".normalize("NFC"))
        expect(producer.name).not.toBe(nfdName)
        expect(producer.handle).toBe("hop-tac-xa-ruou-men-la-mo-mam")
        expect(producer.tax_id).toBe("0100112437")

        const listed = await get("/admin/ocop/producers?q=Mỏ")
        expect(listed.status).toBe(200)
        expect((listed.data.producers as { id: string }[]).map((p) => p.id)).toEqual([producer.id])

        const fetched = await get(`/admin/ocop/producers/${producer.id}`)
        expect((fetched.data.producer as { kind: string }).kind).toBe("cooperative")
      })

      it("updates a producer and refreshes the search keys of its products", async () => {
        const { product, producerId } = await profiledProduct()
        const updated = await post(`/admin/ocop/producers/${producerId}`, {
          name: "HTX Quýt Đồng Tiến",
          phone: "0205 3833 111",
        })
        expect(updated.status).toBe(200)
        expect((updated.data.producer as { name: string }).name).toBe("HTX Quýt Đồng Tiến")
        const [profile] = await ocop.listOcopProductProfiles({ product_id: product.id })
        expect(profile?.search_key).toBe(
          "quyt vang bac son quyt vang bac son htx quyt dong tien bac son"
        )
      })

      it("rejects a bad tax id with 400 naming tax_id and writes nothing", async () => {
        const response = await post("/admin/ocop/producers", producerBody({ tax_id: "0100112438" }))
        expect(response.status).toBe(400)
        expect(response.data.type).toBe("invalid_data")
        expect(response.data.message).toMatch(/^tax_id: /)
        expect(await ocop.listOcopProducers({})).toHaveLength(0)
      })

      it("names the field for missing, mistyped and unknown values", async () => {
        const missing = await post("/admin/ocop/producers", {
          kind: "company",
          province_code: "20",
        })
        expect(missing.status).toBe(400)
        expect(missing.data.message).toMatch(/'name'/)
        const kind = await post("/admin/ocop/producers", producerBody({ kind: "farm" }))
        expect(kind.status).toBe(400)
        expect(kind.data.message).toMatch(/'kind'/)
        const province = await post("/admin/ocop/producers", producerBody({ province_code: "X" }))
        expect(province.data.message).toMatch(/province_code: /)
        const handle = await post("/admin/ocop/producers", producerBody({ handle: "Bad Handle" }))
        expect(handle.status).toBe(400)
        expect(handle.data.message).toMatch(/^handle: /)
      })

      it("refuses a duplicate handle", async () => {
        expect((await post("/admin/ocop/producers", producerBody())).status).toBe(200)
        const again = await post("/admin/ocop/producers", producerBody())
        expect(again.status).toBe(400)
        expect(again.data.message).toMatch(/^handle: .*already used/)
      })

      it("deletes a producer only once no product points to it", async () => {
        const { product, producerId } = await profiledProduct()
        const refused = await api.delete(`/admin/ocop/producers/${producerId}`, admin).catch(answer)
        expect(refused.status).toBe(400)
        await post(`/admin/ocop/products/${product.id}`, {
          product_group: "food",
          province_code: "20",
          producer_id: null,
        })
        const deleted = await api.delete(`/admin/ocop/producers/${producerId}`, admin)
        expect(deleted.data).toEqual({ id: producerId, object: "ocop_producer", deleted: true })
        expect((await get(`/admin/ocop/producers/${producerId}`)).status).toBe(404)
      })
    })

    describe("product profile", () => {
      it("sets the profile and computes the search key from title, origin, producer and district", async () => {
        const { product, producerId } = await profiledProduct("Quýt vàng loại 1")
        const panel = await get(`/admin/ocop/products/${product.id}`)
        expect(panel.status).toBe(200)
        const profile = panel.data.profile as Record<string, unknown>
        expect(profile.product_group).toBe("food")
        expect(profile.search_key).toBe(
          "quyt vang loai 1 quyt vang bac son hop tac xa nong nghiep bac son bac son"
        )
        expect((panel.data.producer as { id: string }).id).toBe(producerId)
        expect(panel.data.certificates).toEqual([])
        expect(panel.data.badge).toBe(false)
      })

      it("keeps the search key in step when the catalog title changes", async () => {
        const { product } = await profiledProduct("Quýt vàng")
        const eventBus = container.resolve(Modules.EVENT_BUS)
        const refreshed = TestEventUtils.waitSubscribersExecution("product.updated", eventBus)
        const renamed = await post(`/admin/products/${product.id}`, { title: "Quýt Đường Bắc Sơn" })
        expect(renamed.status).toBe(200)
        await refreshed
        const [profile] = await ocop.listOcopProductProfiles({ product_id: product.id })
        expect(profile?.search_key.startsWith("quyt duong bac son quyt vang bac son")).toBe(true)
      })

      it("rejects an unknown product group and a sub-group of another group", async () => {
        const product = await createCatalogProduct(container, "Bánh chưng đen")
        const group = await post(`/admin/ocop/products/${product.id}`, {
          product_group: "snacks",
          province_code: "20",
        })
        expect(group.status).toBe(400)
        expect(group.data.message).toMatch(/^product_group: /)
        const sub = await post(`/admin/ocop/products/${product.id}`, {
          product_group: "beverage",
          sub_group: "fresh",
          province_code: "20",
        })
        expect(sub.status).toBe(400)
        expect(sub.data.message).toMatch(/^sub_group: /)
        expect(await ocop.listOcopProductProfiles({ product_id: product.id })).toHaveLength(0)
      })

      it("answers 404 for a product that does not exist", async () => {
        const response = await post("/admin/ocop/products/prod_missing", {
          product_group: "food",
          province_code: "20",
        })
        expect(response.status).toBe(404)
      })
    })

    describe("reference lists", () => {
      it("serves the OCOP code lists the admin forms choose from", async () => {
        const response = await get("/admin/ocop/reference")
        expect(response.status).toBe(200)
        const groups = response.data.product_groups as { code: string; vi: string }[]
        expect(groups.map((g) => g.code)).toContain("food")
        expect(groups.find((g) => g.code === "beverage")?.vi).toBe("Đồ uống")
        expect(response.data.issuer_levels).toContainEqual(
          expect.objectContaining({ code: "province", vi: "UBND cấp tỉnh" })
        )
        expect(response.data.producer_kinds).toHaveLength(4)
      })
    })

    describe("certificates", () => {
      it("issues with valid_from = decision date and valid_to = +36 months, and shows the badge", async () => {
        const { product } = await profiledProduct()
        const decision = new Date(Date.now() - 100 * DAY_MS)
        const issued = await post(
          `/admin/ocop/products/${product.id}/certificates`,
          certificateBody({ decision_date: isoDay(decision) })
        )
        expect(issued.status).toBe(200)
        const cert = issued.data.certificate as Record<string, string | boolean>
        expect(cert.status).toBe("valid")
        expect(cert.badge).toBe(true)
        expect(new Date(cert.valid_to as string).toISOString()).toBe(
          defaultValidTo(isoDay(decision)).toISOString()
        )
        expect(cert.valid_from).toBe(cert.decision_date)
        // dates as read in Vietnam, for the dashboard
        const [y, m, d] = isoDay(decision).split("-")
        expect(cert.valid_from_vi).toBe(`${d}/${m}/${y}`)

        const panel = await get(`/admin/ocop/products/${product.id}`)
        expect(panel.data.badge).toBe(true)
        const current = panel.data.current_certificate as Record<string, unknown>
        expect(current.decision_number).toBe("4261/QĐ-UBND")
        expect(current.id).toBe(cert.id)
        expect(current.stars).toBe(4)
        // the profile carries no copy of the certificate (it is chosen on the day asked)
        expect(panel.data.profile).not.toHaveProperty("current_stars")
      })

      it("rejects a bad star with 400 naming stars, from the schema and from the OCOP rule", async () => {
        const { product } = await profiledProduct()
        const url = `/admin/ocop/products/${product.id}/certificates`
        const seven = await post(url, certificateBody({ stars: 7 }))
        expect(seven.status).toBe(400)
        expect(seven.data).toMatchObject({ type: "invalid_data" })
        expect(seven.data.message).toMatch(/stars: must be an integer from 1 to 5/)
        const two = await post(url, certificateBody({ stars: 2 }))
        expect(two.status).toBe(400)
        expect(two.data.message).toMatch(/^stars: .*3 to 5/)
        expect(await ocop.listOcopCertificates({ product_id: product.id })).toHaveLength(0)
      })

      it("rejects valid_to before valid_from with 400 naming valid_to", async () => {
        const { product } = await profiledProduct()
        const response = await post(
          `/admin/ocop/products/${product.id}/certificates`,
          certificateBody({ valid_from: "2024-02-01", valid_to: "2023-12-31" })
        )
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/valid_to: /)
        expect(response.data.message).not.toMatch(/stars/)
      })

      it("names issuer level and legal basis problems", async () => {
        const { product } = await profiledProduct()
        const url = `/admin/ocop/products/${product.id}/certificates`
        const level = await post(url, certificateBody({ stars: 5, issuer_level: "province" }))
        expect(level.status).toBe(400)
        expect(level.data.message).toMatch(/^issuer_level: /)
        const basis = await post(url, certificateBody({ legal_basis: "999/QĐ-TTg" }))
        expect(basis.data.message).toMatch(/^legal_basis: /)
        const date = await post(url, certificateBody({ decision_date: "2024-02-30" }))
        expect(date.status).toBe(400)
        expect(date.data.message).toMatch(/decision_date: /)
      })

      it("re-certification supersedes the current certificate: exactly one stays current", async () => {
        const { product } = await profiledProduct()
        const url = `/admin/ocop/products/${product.id}/certificates`
        const first = await post(url, certificateBody({ decision_date: "2021-01-28", stars: 4 }))
        expect(first.status).toBe(200)
        const second = await post(
          url,
          certificateBody({
            decision_number: "1234/QĐ-UBND",
            decision_date: "2024-01-20",
            stars: 4,
          })
        )
        expect(second.status).toBe(200)
        const third = await post(
          url,
          certificateBody({
            decision_number: "88/QĐ-TTg",
            decision_date: "2025-08-01",
            stars: 5,
            issuer_level: "central",
            issuer_name: "Bộ Nông nghiệp và Môi trường",
          })
        )
        expect(third.status).toBe(200)

        const all = await ocop.listOcopCertificates({ product_id: product.id })
        const current = all.filter((cert) => cert.superseded_by_id == null)
        expect(current.map((cert) => cert.decision_number)).toEqual(["88/QĐ-TTg"])
        const byNumber = new Map(all.map((cert) => [cert.decision_number, cert]))
        const firstId = (first.data.certificate as { id: string }).id
        const secondId = (second.data.certificate as { id: string }).id
        expect(byNumber.get("4261/QĐ-UBND")?.superseded_by_id).toBe(secondId)
        expect(byNumber.get("1234/QĐ-UBND")?.superseded_by_id).toBe(
          (third.data.certificate as { id: string }).id
        )
        expect(byNumber.get("4261/QĐ-UBND")?.superseded_at?.toISOString()).toBe(
          new Date("2024-01-19T17:00:00.000Z").toISOString()
        )

        const panel = await get(`/admin/ocop/products/${product.id}`)
        const history = panel.data.certificates as { id: string; status: string }[]
        expect(history.map((cert) => cert.status)).toEqual(["valid", "superseded", "superseded"])
        expect(history[2]?.id).toBe(firstId)
        expect((panel.data.current_certificate as { stars: number }).stars).toBe(5)

        const older = await post(
          url,
          certificateBody({ decision_number: "1/QĐ-UBND", decision_date: "2023-01-01" })
        )
        expect(older.status).toBe(400)
        expect(older.data.message).toMatch(/^decision_date: /)
        const duplicate = await post(
          url,
          certificateBody({ decision_number: "88/QĐ-TTg", decision_date: "2026-01-01" })
        )
        expect(duplicate.data.message).toMatch(/^decision_number: .*already recorded/)
      })

      it("undoes the supersede when the new certificate cannot be stored", async () => {
        const { product } = await profiledProduct()
        const first = await post(
          `/admin/ocop/products/${product.id}/certificates`,
          certificateBody({ decision_date: "2024-01-15" })
        )
        const firstId = (first.data.certificate as { id: string }).id
        // PostgreSQL refuses NUL in text: the create step fails after the supersede step ran
        // run by name: importing src/workflows here would register the workflows a second time
        const engine = container.resolve(Modules.WORKFLOW_ENGINE)
        const { errors } = await engine.run("issue-ocop-certificate", {
          input: {
            ...certificateBody({
              decision_number: "77/QĐ-UBND",
              decision_date: "2025-01-15",
              round_label: "đợt\u0000 2",
            }),
            product_id: product.id,
          },
          throwOnError: false,
        })
        // it failed where intended: after the old certificate was already marked superseded
        expect(errors.map((error: { action: string }) => error.action)).toEqual([
          "create-ocop-certificate",
        ])
        const all = await ocop.listOcopCertificates({ product_id: product.id })
        expect(all.map((cert) => cert.id)).toEqual([firstId])
        expect(all[0]?.superseded_by_id).toBeNull()
        expect(all[0]?.superseded_at).toBeNull()
        const panel = await get(`/admin/ocop/products/${product.id}`)
        expect((panel.data.current_certificate as { id: string }).id).toBe(firstId)
      })

      it("revoking takes the badge away and is refused twice", async () => {
        const { product } = await profiledProduct()
        const issued = await post(
          `/admin/ocop/products/${product.id}/certificates`,
          certificateBody({ decision_date: isoDay(new Date(Date.now() - 200 * DAY_MS)) })
        )
        const id = (issued.data.certificate as { id: string }).id
        const noReason = await post(`/admin/ocop/certificates/${id}/revoke`, {})
        expect(noReason.status).toBe(400)
        expect(noReason.data.message).toMatch(/'reason'/)

        const revoked = await post(`/admin/ocop/certificates/${id}/revoke`, {
          reason: "Không duy trì tiêu chuẩn (demo)",
        })
        expect(revoked.status).toBe(200)
        expect(revoked.data.certificate).toMatchObject({ status: "revoked", badge: false })

        const panel = await get(`/admin/ocop/products/${product.id}`)
        expect(panel.data.badge).toBe(false)
        const current = panel.data.current_certificate as Record<string, string | null>
        expect(current.id).toBe(id)
        expect(current.revoked_at).not.toBeNull()
        expect(current.status).toBe("revoked")

        const again = await post(`/admin/ocop/certificates/${id}/revoke`, { reason: "again" })
        expect(again.status).toBe(400)
        expect(again.data.message).toMatch(/^certificate_id: .*already revoked/)
      })

      it("lists current certificates expiring within 60 days, soonest first, with product titles", async () => {
        const issueExpiringIn = async (title: string, days: number) => {
          const { product } = await profiledProduct(title)
          const validTo = isoDay(new Date(Date.now() + days * DAY_MS))
          const response = await post(
            `/admin/ocop/products/${product.id}/certificates`,
            certificateBody({ decision_date: "2024-01-15", valid_to: validTo })
          )
          expect(response.status).toBe(200)
          return (response.data.certificate as { id: string }).id
        }
        const in45 = await issueExpiringIn("Gạo nếp cái hoa vàng", 45)
        const in10 = await issueExpiringIn("Bánh chưng đen", 10)
        await issueExpiringIn("Hồng không hạt", 90)
        const revoked = await issueExpiringIn("Thạch đen", 20)
        await post(`/admin/ocop/certificates/${revoked}/revoke`, { reason: "demo" })

        const list = await get("/admin/ocop/certificates")
        expect(list.status).toBe(200)
        expect(list.data.expiring_within_days).toBe(60)
        const rows = list.data.certificates as {
          id: string
          status: string
          days_until_expiry: number
          product: { title: string }
        }[]
        expect(rows.map((row) => row.id)).toEqual([in10, in45])
        expect(rows.map((row) => row.product.title)).toEqual([
          "Bánh chưng đen",
          "Gạo nếp cái hoa vàng",
        ])
        expect(rows.map((row) => row.status)).toEqual(["expiring", "valid"])

        const wider = await get("/admin/ocop/certificates?expiring_within_days=120")
        expect((wider.data.certificates as unknown[]).length).toBe(3)
        const bad = await get("/admin/ocop/certificates?expiring_within_days=soon")
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/expiring_within_days/)
      })
    })
  },
})
