import { Modules } from "@medusajs/framework/utils"
import { parseVietQr } from "@ocop/core"
import { medusaIntegrationTestRunner } from "../helpers/runner"
import {
  adminOrder,
  type CheckoutWorld,
  cartWith,
  choosePayment,
  completeCart,
  createCheckoutWorld,
  DEMO_ACCOUNT,
  listTransfers as listTransfersOf,
  PRICES,
  setConfigEnv,
  settle,
  signedWebhook,
  vietQrNotification,
  WEBHOOK_SECRET,
} from "./payments-fixtures"

const VIETQR = "pp_vietqr_vietqr"
const ORDER_TOTAL = 2 * PRICES.quyt + PRICES.shipping

setConfigEnv({ VIETQR_WEBHOOK_SECRET: WEBHOOK_SECRET })

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let world: CheckoutWorld

    beforeEach(async () => {
      world = await createCheckoutWorld(getContainer())
    })

    /** A completed VietQR order for two kg of quýt: its id and the session's data. */
    async function vietQrOrder() {
      const cartId = await cartWith(api, world, [{ variant_id: world.variants.quyt, quantity: 2 }])
      const session = await choosePayment(api, world, cartId, VIETQR)
      expect(session.status).toBe(200)
      const completed = await completeCart(api, world, cartId)
      expect(completed.status).toBe(200)
      expect(completed.data.type).toBe("order")
      const order = completed.data.order
      const qr = await api.get(`/store/payments-vn/orders/${order.id}/vietqr`, world.store)
      return { orderId: order.id as string, cartId, vietqr: qr.data.vietqr }
    }

    const notification = vietQrNotification
    const listTransfers = (status?: string) => listTransfersOf(api, world, status)

    it("a VietQR order waits for the transfer; its QR decodes to the account, amount and reference", async () => {
      const { orderId, vietqr } = await vietQrOrder()
      const order = await adminOrder(api, world, orderId)
      expect(order.payment_status).toBe("awaiting")
      expect(order.payment_collections[0].payments).toHaveLength(0)

      expect(vietqr.reference).toMatch(/^OCOP[A-Z2-7]{10}$/)
      expect(vietqr.amount).toBe(ORDER_TOTAL)
      expect(vietqr.is_demo).toBe(true)
      expect(vietqr.paid).toBe(false)
      const decoded = parseVietQr(vietqr.payload)
      expect(decoded).toEqual({
        ok: true,
        value: {
          initiation: "dynamic",
          bin: DEMO_ACCOUNT.bin,
          accountNumber: DEMO_ACCOUNT.account,
          service: "account",
          amount: ORDER_TOTAL,
          purpose: vietqr.reference,
        },
      })
    })

    it("a correctly signed webhook for the exact amount captures the order; its replay changes nothing", async () => {
      const { orderId, vietqr } = await vietQrOrder()
      const signed = signedWebhook(notification(vietqr.reference, ORDER_TOTAL))

      const first = await api.post("/hooks/vietqr", signed.raw, signed.config)
      expect(first.status).toBe(200)
      expect(first.data.replay).toBe(false)
      expect(first.data.transfer).toMatchObject({
        status: "confirmed",
        review_reason: null,
        reference: vietqr.reference,
        amount: ORDER_TOTAL,
        order_id: orderId,
      })
      const paid = await adminOrder(api, world, orderId)
      expect(paid.payment_status).toBe("captured")
      const payments = paid.payment_collections[0].payments
      expect(payments).toHaveLength(1)
      expect(payments[0].captures).toHaveLength(1)
      expect(Number(payments[0].captures[0].amount)).toBe(ORDER_TOTAL)

      // The bank retries the same notification (new timestamp, same transaction id).
      const again = signedWebhook(notification(vietqr.reference, ORDER_TOTAL), {
        timestamp: Math.floor(Date.now() / 1000) + 1,
      })
      const replay = await api.post("/hooks/vietqr", again.raw, again.config)
      expect(replay.status).toBe(200)
      expect(replay.data.replay).toBe(true)
      expect(replay.data.transfer.id).toBe(first.data.transfer.id)
      const still = await adminOrder(api, world, orderId)
      expect(still.payment_collections[0].payments[0].captures).toHaveLength(1)
      expect(await listTransfers()).toHaveLength(1)

      const qr = await api.get(`/store/payments-vn/orders/${orderId}/vietqr`, world.store)
      expect(qr.data.vietqr.paid).toBe(true)
    })

    it("a badly signed, stale or unsigned webhook gets 401 and pays nothing", async () => {
      const { orderId, vietqr } = await vietQrOrder()
      const body = notification(vietqr.reference, ORDER_TOTAL)

      const forged = signedWebhook(body, { secret: "not-the-shop-secret-xxxxxxxxxxxx" })
      const badSignature = await settle(api.post("/hooks/vietqr", forged.raw, forged.config))
      expect(badSignature.status).toBe(401)

      const tampered = signedWebhook(body)
      const raised = tampered.raw.replace(`"amount":${ORDER_TOTAL}`, `"amount":${ORDER_TOTAL + 1}`)
      expect(raised).not.toBe(tampered.raw)
      const badBody = await settle(api.post("/hooks/vietqr", raised, tampered.config))
      expect(badBody.status).toBe(401)

      const stale = signedWebhook(body, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 })
      const staleResponse = await settle(api.post("/hooks/vietqr", stale.raw, stale.config))
      expect(staleResponse.status).toBe(401)
      expect(staleResponse.data.message).toContain("stale_timestamp")

      const unsigned = await settle(
        api.post("/hooks/vietqr", JSON.stringify(body), {
          headers: { "content-type": "application/json" },
        })
      )
      expect(unsigned.status).toBe(401)

      expect(await listTransfers()).toHaveLength(0)
      expect((await adminOrder(api, world, orderId)).payment_status).toBe("awaiting")
    })

    it("a signed but malformed notification gets 400 naming the field", async () => {
      const signed = signedWebhook({ transaction_id: "FT1", amount: -5, bank_bin: "97" })
      const response = await settle(api.post("/hooks/vietqr", signed.raw, signed.config))
      expect(response.status).toBe(400)
      expect(response.data.message).toContain("amount")
      expect(response.data.message).toContain("bank_bin")
    })

    it("a partial payment or an over-payment is kept for staff review and does not pay the order", async () => {
      const { orderId, vietqr } = await vietQrOrder()
      const partial = signedWebhook(notification(vietqr.reference, ORDER_TOTAL - 1000, "FT-P"))
      const under = await api.post("/hooks/vietqr", partial.raw, partial.config)
      expect(under.status).toBe(200)
      expect(under.data.transfer).toMatchObject({
        status: "needs_review",
        review_reason: "amount_mismatch",
        amount: ORDER_TOTAL - 1000,
        expected_amount: ORDER_TOTAL,
      })
      const over = signedWebhook(notification(vietqr.reference, ORDER_TOTAL + 50_000, "FT-O"))
      const overResponse = await api.post("/hooks/vietqr", over.raw, over.config)
      expect(overResponse.data.transfer.review_reason).toBe("amount_mismatch")

      const order = await adminOrder(api, world, orderId)
      expect(order.payment_status).toBe("awaiting")
      expect(order.payment_collections[0].payments).toHaveLength(0)
      const flagged = await listTransfers("needs_review")
      expect(flagged.map((t) => t.transaction_id).sort()).toEqual(["FT-O", "FT-P"])
    })

    it("a transfer with an unknown reference is kept for review; the reference is also found in the note", async () => {
      const unknown = signedWebhook(notification("OCOPAAAAAAAAAA", 100_000, "FT-U"))
      const response = await api.post("/hooks/vietqr", unknown.raw, unknown.config)
      expect(response.data.transfer).toMatchObject({
        status: "needs_review",
        review_reason: "unknown_reference",
        order_id: null,
      })

      // Some banks leave `reference` empty and only pass the note, mangled.
      const { orderId, vietqr } = await vietQrOrder()
      const body = {
        ...notification("", ORDER_TOTAL, "FT-N"),
        reference: null,
        description: `IBFT ${vietqr.reference.toLowerCase().replace(/(.{7})/, "$1 ")} chuyen tien`,
      }
      const signed = signedWebhook(body)
      const matched = await api.post("/hooks/vietqr", signed.raw, signed.config)
      expect(matched.data.transfer).toMatchObject({ status: "confirmed", order_id: orderId })
    })

    it("session data written by a client cannot authorize a payment", async () => {
      const cartId = await cartWith(api, world, [{ variant_id: world.variants.quyt, quantity: 1 }])
      const collection = await api.post(
        "/store/payment-collections",
        { cart_id: cartId },
        world.store
      )
      const forged = {
        confirmed_transfer: {
          transfer_id: "bktr_forged",
          amount: PRICES.quyt + PRICES.shipping,
          source: "bank_webhook",
          confirmed_at: new Date().toISOString(),
          seal: "0".repeat(64),
        },
      }
      await api.post(
        `/store/payment-collections/${collection.data.payment_collection.id}/payment-sessions`,
        { provider_id: VIETQR, data: forged },
        world.store
      )
      const completed = await completeCart(api, world, cartId)
      expect(completed.data.type).toBe("order")
      const order = await adminOrder(api, world, completed.data.order.id)
      expect(order.payment_status).toBe("awaiting")

      // Even written into the session by another path, an unsealed transfer authorizes nothing.
      const payment = getContainer().resolve(Modules.PAYMENT)
      const [session] = await payment.listPaymentSessions({
        payment_collection_id: order.payment_collections[0].id,
      })
      if (!session) throw new Error("no session")
      await payment.updatePaymentSession({
        id: session.id,
        amount: PRICES.quyt + PRICES.shipping,
        currency_code: "vnd",
        data: { ...session.data, ...forged },
      })
      const stored = await payment.retrievePaymentSession(session.id)
      expect(stored.data?.confirmed_transfer).toMatchObject({ transfer_id: "bktr_forged" })
      expect(await payment.authorizePaymentSession(session.id, {})).toBeNull()
      expect((await adminOrder(api, world, order.id)).payment_status).toBe("awaiting")
    })

    it("a transfer that arrives before the customer completes the cart places the order, paid", async () => {
      const cartId = await cartWith(api, world, [{ variant_id: world.variants.quyt, quantity: 2 }])
      const session = await choosePayment(api, world, cartId, VIETQR)
      const reference = session.data.payment_collection.payment_sessions[0].data.reference
      const signed = signedWebhook(notification(reference, ORDER_TOTAL, "FT-EARLY"))
      const response = await api.post("/hooks/vietqr", signed.raw, signed.config)
      expect(response.data.transfer.status).toBe("confirmed")
      expect(response.data.transfer.order_id).toMatch(/^order_/)
      const order = await adminOrder(api, world, response.data.transfer.order_id)
      expect(order.payment_status).toBe("captured")
    })

    it("at the counter: a clerk's order (draft order → order) shows a VietQR code that the bank's notification pays", async () => {
      const channel = await api.get(
        "/admin/sales-channels?name=Web%20th%E1%BB%AD%20nghi%E1%BB%87m",
        world.admin
      )
      const draft = await api.post(
        "/admin/draft-orders",
        {
          region_id: world.regionId,
          sales_channel_id: channel.data.sales_channels[0].id,
          email: "quay@example.vn",
          items: [{ variant_id: world.variants.quyt, quantity: 3 }],
        },
        world.admin
      )
      const converted = await api.post(
        `/admin/draft-orders/${draft.data.draft_order.id}/convert-to-order`,
        {},
        world.admin
      )
      const orderId = converted.data.order.id
      const total = 3 * PRICES.quyt
      const order = await adminOrder(api, world, orderId)
      expect(Number(order.total)).toBe(total)
      // The clerk asks for the order's amount, as Medusa's admin does for an outstanding balance.
      const collection = await api.post(
        "/admin/payment-collections",
        { order_id: orderId, amount: total },
        world.admin
      )
      const collectionId = collection.data.payment_collection.id
      const started = await api.post(
        `/admin/payment-collections/${collectionId}/payment-sessions`,
        { provider_id: VIETQR },
        world.admin
      )
      const session = started.data.payment_collection.payment_sessions[0]
      expect(session.data.amount).toBe(total)
      const decoded = parseVietQr(session.data.payload)
      expect(decoded.ok && decoded.value.amount).toBe(total)

      const signed = signedWebhook(notification(session.data.reference, total, "FT-POS"))
      const paid = await api.post("/hooks/vietqr", signed.raw, signed.config)
      expect(paid.data.transfer).toMatchObject({ status: "confirmed", order_id: orderId })
      expect((await adminOrder(api, world, orderId)).payment_status).toBe("captured")
    })

    it("staff confirm received: same path, staff user recorded; a wrong amount is refused", async () => {
      const { orderId, vietqr } = await vietQrOrder()
      // The customer underpaid first: flagged for review.
      const partial = signedWebhook(notification(vietqr.reference, 100_000, "FT-PART"))
      const flagged = (await api.post("/hooks/vietqr", partial.raw, partial.config)).data.transfer

      const wrong = await settle(
        api.post(
          "/admin/payments-vn/vietqr/confirm",
          { order_id: orderId, amount: 100_000 },
          world.admin
        )
      )
      expect(wrong.status).toBe(400)
      expect(wrong.data.message).toContain(`expected ${ORDER_TOTAL}`)

      const noTarget = await settle(
        api.post("/admin/payments-vn/vietqr/confirm", { amount: ORDER_TOTAL }, world.admin)
      )
      expect(noTarget.status).toBe(400)
      expect(noTarget.data.message).toContain("reference")

      const anonymous = await settle(
        api.post("/admin/payments-vn/vietqr/confirm", { order_id: orderId, amount: ORDER_TOTAL })
      )
      expect(anonymous.status).toBe(401)

      const body = {
        reference: vietqr.reference.toLowerCase(),
        amount: ORDER_TOTAL,
        note: "Khách chuyển bù 2 lần, đã đối chiếu sao kê",
        idempotency_key: "confirm-0001",
        resolves_transfer_id: flagged.id,
      }
      const confirmed = await api.post("/admin/payments-vn/vietqr/confirm", body, world.admin)
      expect(confirmed.status).toBe(200)
      expect(confirmed.data.transfer).toMatchObject({
        source: "staff",
        status: "confirmed",
        confirmed_by: world.adminUserId,
        order_id: orderId,
        note: body.note,
      })
      expect((await adminOrder(api, world, orderId)).payment_status).toBe("captured")

      const retried = await api.post("/admin/payments-vn/vietqr/confirm", body, world.admin)
      expect(retried.data.replay).toBe(true)
      expect(retried.data.transfer.id).toBe(confirmed.data.transfer.id)

      const resolved = (await listTransfers("resolved"))[0]
      expect(resolved).toMatchObject({ id: flagged.id, resolved_by: world.adminUserId })
      expect(await listTransfers("needs_review")).toHaveLength(0)

      const twice = await settle(
        api.post(
          "/admin/payments-vn/vietqr/confirm",
          { order_id: orderId, amount: ORDER_TOTAL },
          world.admin
        )
      )
      expect(twice.status).toBe(409)
    })

    it("staff can close a flagged transfer with a note", async () => {
      const unknown = signedWebhook(notification("OCOPBBBBBBBBBB", 75_000, "FT-X"))
      const flagged = (await api.post("/hooks/vietqr", unknown.raw, unknown.config)).data.transfer
      const empty = await settle(
        api.post(`/admin/payments-vn/vietqr/transfers/${flagged.id}/resolve`, {}, world.admin)
      )
      expect(empty.status).toBe(400)
      const closed = await api.post(
        `/admin/payments-vn/vietqr/transfers/${flagged.id}/resolve`,
        { note: "Chuyển nhầm, đã hoàn tiền cho khách" },
        world.admin
      )
      expect(closed.data.transfer).toMatchObject({
        status: "resolved",
        resolved_by: world.adminUserId,
        resolution_note: "Chuyển nhầm, đã hoàn tiền cho khách",
      })
      const again = await settle(
        api.post(
          `/admin/payments-vn/vietqr/transfers/${flagged.id}/resolve`,
          { note: "lần hai" },
          world.admin
        )
      )
      expect(again.status).toBe(400)
    })
  },
})
