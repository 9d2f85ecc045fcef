import { randomUUID } from "node:crypto"
import type { PosSaleInput } from "@ocop/sdk"
import { medusaIntegrationTestRunner } from "../helpers/runner"
import {
  DEMO_ACCOUNT,
  setConfigEnv,
  settle,
  signedWebhook,
  WEBHOOK_SECRET,
} from "./payments-fixtures"
import {
  createPosWorld,
  openShift,
  POS_PINS,
  POS_PRICES,
  type PosWorld,
  signedInClerk,
} from "./pos-fixtures"

setConfigEnv({ VIETQR_WEBHOOK_SECRET: WEBHOOK_SECRET })

type Headers = { headers: Record<string, string> }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let world: PosWorld
    let clerk: Headers
    let shiftId: string
    let prefix: string

    beforeEach(async () => {
      world = await createPosWorld(getContainer())
      const signedIn = await signedInClerk(
        api,
        world,
        world.registers.a,
        world.clerks.clerkA,
        POS_PINS.clerkA
      )
      clerk = signedIn.headers
      prefix = signedIn.pairing.device.reference_prefix
      shiftId = (await openShift(api, clerk, world.clerks.clerkA)).id
    })

    function vietQrSale(reference: string, confirmedOffline: boolean): PosSaleInput {
      return {
        client_id: randomUUID(),
        sale_number: `${prefix}-${reference.slice(-6)}`,
        shift_id: shiftId,
        clerk_id: world.clerks.clerkA,
        created_at: new Date().toISOString(),
        lines: [{ variant_id: world.variants.quyt, quantity: 1, unit_price: POS_PRICES.quyt }],
        tenders: [
          {
            kind: "vietqr",
            amount: POS_PRICES.quyt,
            reference,
            confirmed_offline: confirmedOffline,
          },
        ],
      }
    }

    function notify(reference: string, amount: number, transactionId = `FT${Date.now()}`) {
      const signed = signedWebhook({
        transaction_id: transactionId,
        reference: null,
        amount,
        account_number: DEMO_ACCOUNT.account,
        bank_bin: DEMO_ACCOUNT.bin,
        paid_at: new Date().toISOString(),
        // Banks mangle the note: lower case, their own codes around it
        description: `MBVCB.998877.${reference.toLowerCase()}.CT tu NGUYEN VAN B`,
      })
      return settle(api.post("/hooks/vietqr", signed.raw, signed.config))
    }

    const status = async (reference: string) =>
      (await api.get(`/pos/vietqr/${reference}`, clerk)).data

    it("a tender confirmed offline is reconciled when the bank's notification arrives later", async () => {
      const reference = `${prefix}000101`
      const recorded = await api.post("/pos/sales", vietQrSale(reference, true), clerk)
      expect(recorded.status).toBe(201)
      expect(recorded.data.sale.vietqr).toEqual([
        { reference, amount: POS_PRICES.quyt, status: "pending" },
      ])
      expect(await status(reference)).toEqual({ reference, status: "pending", amount: null })

      const hook = await notify(reference, POS_PRICES.quyt)
      expect(hook.status).toBe(200)
      expect(hook.data.pos).toMatchObject({
        reference,
        register_id: world.registers.a,
        status: "confirmed",
        sale_id: recorded.data.sale.id,
        order_id: recorded.data.sale.order_id,
      })
      expect(await status(reference)).toEqual({
        reference,
        status: "confirmed",
        amount: POS_PRICES.quyt,
      })
      const sale = await api.get(`/pos/sales/${recorded.data.sale.id}`, clerk)
      expect(sale.data.sale.vietqr[0].status).toBe("confirmed")
    })

    it("a notification that arrives before the sale syncs is matched when it does", async () => {
      const reference = `${prefix}000102`
      const hook = await notify(reference, POS_PRICES.quyt)
      expect(hook.status).toBe(200)
      expect(hook.data.pos).toMatchObject({ reference, status: "pending", sale_id: null })
      // Online, the till sees the money arrive and completes the sale.
      expect(await status(reference)).toEqual({
        reference,
        status: "confirmed",
        amount: POS_PRICES.quyt,
      })
      const recorded = await api.post("/pos/sales", vietQrSale(reference, false), clerk)
      expect(recorded.data.sale.vietqr).toEqual([
        { reference, amount: POS_PRICES.quyt, status: "confirmed" },
      ])
      const review = await api.get("/admin/pos/vietqr?stale_minutes=0", world.admin)
      expect(review.data.payments).toEqual([])
    })

    it("what does not match goes to the staff review list", async () => {
      // The customer sent less than the till asked.
      const short = `${prefix}000103`
      await api.post("/pos/sales", vietQrSale(short, true), clerk)
      const hook = await notify(short, POS_PRICES.quyt - 20_000)
      expect(hook.data.pos).toMatchObject({
        status: "needs_review",
        review_reason: "amount_mismatch",
      })
      expect(await status(short)).toMatchObject({ status: "needs_review" })

      // A second transfer for one reference; a replay of the first changes nothing.
      const twice = `${prefix}000104`
      await api.post("/pos/sales", vietQrSale(twice, false), clerk)
      expect((await notify(twice, POS_PRICES.quyt, "FT-TWICE-1")).data.pos.status).toBe("confirmed")
      expect((await notify(twice, POS_PRICES.quyt, "FT-TWICE-1")).data.pos.status).toBe("confirmed")
      expect((await notify(twice, POS_PRICES.quyt, "FT-TWICE-2")).data.pos).toMatchObject({
        status: "needs_review",
        review_reason: "duplicate_notification",
      })

      // Unmatched either way: a notification no sale claims, an offline tender the bank never confirmed.
      const orphan = `${prefix}000105`
      await notify(orphan, 55_000)
      const unconfirmed = `${prefix}000106`
      await api.post("/pos/sales", vietQrSale(unconfirmed, true), clerk)

      const review = await api.get("/admin/pos/vietqr?stale_minutes=0", world.admin)
      const reasons = Object.fromEntries(
        review.data.payments.map((payment: { reference: string; review_reason: string }) => [
          payment.reference,
          payment.review_reason,
        ])
      )
      expect(reasons).toEqual({
        [short]: "amount_mismatch",
        [twice]: "duplicate_notification",
        [orphan]: "no_sale_for_notification",
        [unconfirmed]: "no_bank_notification_yet",
      })
      // Not stale yet under the default 30 minutes: only the disagreements are listed.
      const fresh = await api.get("/admin/pos/vietqr", world.admin)
      expect(fresh.data.payments.map((p: { reference: string }) => p.reference).sort()).toEqual(
        [short, twice].sort()
      )
    })

    it("a clerk cannot look at another register's references", async () => {
      const response = await settle(api.get("/pos/vietqr/TBA000001", clerk))
      expect(response.status).toBe(403)
      const malformed = await settle(api.get("/pos/vietqr/hello", clerk))
      expect(malformed.status).toBe(400)
      expect(malformed.data.message).toMatch(/^reference: /)
    })
  },
})
