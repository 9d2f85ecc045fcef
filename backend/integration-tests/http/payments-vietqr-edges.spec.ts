import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "../helpers/runner"
import {
  adminOrder,
  type CheckoutWorld,
  cartWith,
  choosePayment,
  completeCart,
  createCheckoutWorld,
  listTransfers as listTransfersOf,
  PRICES,
  setConfigEnv,
  settle,
  signedWebhook,
  vietQrNotification,
  WEBHOOK_SECRET,
} from "./payments-fixtures"
import { createStockedVariant, restock, stockLevel } from "./payments-stock-fixtures"

/**
 * Issue 7, the edges of the bank-transfer path: money for an order that was cancelled, for a cart
 * that cannot become an order, and a confirmation that breaks halfway. Every transfer received
 * ends either on a live, paid order or on the staff list with its reason.
 */
const VIETQR = "pp_vietqr_vietqr"
const QUYT_ORDER = 2 * PRICES.quyt + PRICES.shipping
const RUOU_ORDER = PRICES.ruou + PRICES.shipping

setConfigEnv({ VIETQR_WEBHOOK_SECRET: WEBHOOK_SECRET })

// Each case places several orders through HTTP; on a busy two-core machine that takes a minute.
const SLOW = 180_000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let world: CheckoutWorld

    beforeEach(async () => {
      world = await createCheckoutWorld(getContainer())
    })

    async function notify(reference: string, amount: number, transactionId: string) {
      const signed = signedWebhook(vietQrNotification(reference, amount, transactionId))
      const response = await api.post("/hooks/vietqr", signed.raw, signed.config)
      expect(response.status).toBe(200)
      return response.data as { replay: boolean; transfer: Record<string, unknown> }
    }

    const listTransfers = (status: string) => listTransfersOf(api, world, status)

    /** The cart's VietQR session as the storefront chose it: its reference and collection. */
    async function vietQrSession(cartId: string) {
      const session = await choosePayment(api, world, cartId, VIETQR)
      expect(session.status).toBe(200)
      const collection = session.data.payment_collection
      return {
        collectionId: collection.id as string,
        sessionId: collection.payment_sessions[0].id as string,
        reference: collection.payment_sessions[0].data.reference as string,
      }
    }

    /** Payments (and their captures and refunds) recorded on a payment collection. */
    async function paymentsOf(collectionId: string) {
      const [collection] = await getContainer()
        .resolve(Modules.PAYMENT)
        .listPaymentCollections(
          { id: collectionId },
          { relations: ["payments", "payments.captures", "payments.refunds"] }
        )
      return collection?.payments ?? []
    }

    async function cartOf(cartId: string) {
      const cart = await getContainer()
        .resolve(Modules.CART)
        .retrieveCart(cartId, { select: ["id", "completed_at"] })
      return cart
    }

    it(
      "a late transfer for a cancelled order waits for staff (order_cancelled), captures nothing; resolving it records the refund",
      async () => {
        const cartId = await cartWith(api, world, [
          { variant_id: world.variants.quyt, quantity: 2 },
        ])
        const { collectionId, reference } = await vietQrSession(cartId)
        const completed = await completeCart(api, world, cartId)
        const orderId: string = completed.data.order.id
        await api.post(`/admin/orders/${orderId}/cancel`, {}, world.admin)

        const { transfer } = await notify(reference, QUYT_ORDER, "FT-CANCELLED")
        expect(transfer).toMatchObject({
          status: "needs_review",
          review_reason: "order_cancelled",
          order_id: orderId,
          amount: QUYT_ORDER,
          expected_amount: QUYT_ORDER,
        })
        expect(await paymentsOf(collectionId)).toHaveLength(0)
        const order = await adminOrder(api, world, orderId)
        expect(order.payment_status).not.toBe("captured")
        expect((await listTransfers("needs_review")).map((t) => t.id)).toEqual([transfer.id])

        // A staff member cannot confirm it into the cancelled order either.
        const byHand = await settle(
          api.post(
            "/admin/payments-vn/vietqr/confirm",
            { order_id: orderId, amount: QUYT_ORDER },
            world.admin
          )
        )
        expect(byHand.status).toBe(400)
        expect(byHand.data.message).toContain("cancelled")

        const tooMuch = await settle(
          api.post(
            `/admin/payments-vn/vietqr/transfers/${transfer.id}/resolve`,
            { note: "Hoàn tiền", refund: { amount: QUYT_ORDER + 1 } },
            world.admin
          )
        )
        expect(tooMuch.status).toBe(400)
        expect(tooMuch.data.message).toContain("refund.amount")

        const resolved = await api.post(
          `/admin/payments-vn/vietqr/transfers/${transfer.id}/resolve`,
          {
            note: "Đơn đã huỷ, đã chuyển trả khách",
            refund: { amount: QUYT_ORDER, reference: "FT-REFUND-0001" },
          },
          world.admin
        )
        expect(resolved.data.transfer).toMatchObject({
          status: "resolved",
          resolved_by: world.adminUserId,
          refunded_amount: QUYT_ORDER,
          refund_reference: "FT-REFUND-0001",
        })
        expect(await listTransfers("needs_review")).toHaveLength(0)
        expect(await paymentsOf(collectionId)).toHaveLength(0)
      },
      SLOW
    )

    it(
      "a transfer for an alcohol cart without the age confirmation waits for staff (cart_not_completable) with Medusa's reason; no refund is invented and the cart completes once fixed",
      async () => {
        const cartId = await cartWith(api, world, [
          { variant_id: world.variants.ruou, quantity: 1 },
        ])
        const { collectionId, sessionId, reference } = await vietQrSession(cartId)

        const { transfer } = await notify(reference, RUOU_ORDER, "FT-NO-AGE")
        expect(transfer).toMatchObject({
          status: "needs_review",
          review_reason: "cart_not_completable",
          order_id: null,
          payment_session_id: sessionId,
        })
        expect(transfer.error).toContain("18")
        expect(transfer.error).toContain("alcohol")
        // Nothing was authorized, so there is nothing Medusa could "refund".
        expect(await paymentsOf(collectionId)).toHaveLength(0)
        expect((await cartOf(cartId)).completed_at).toBeFalsy()
        // The same session, the same QR: the customer is not asked to pay again elsewhere.
        const sessions = await getContainer()
          .resolve(Modules.PAYMENT)
          .listPaymentSessions({ payment_collection_id: collectionId })
        expect(sessions.map((s) => s.id)).toEqual([sessionId])
        expect(sessions[0]?.data?.reference).toBe(reference)
        expect(sessions[0]?.data?.confirmed_transfer).toBeNull()

        // The customer confirms their age and completes: the order waits for the money…
        await api.post(
          `/store/carts/${cartId}/age-confirmation`,
          { confirmed_adult: true },
          world.store
        )
        const completed = await completeCart(api, world, cartId)
        expect(completed.data.type).toBe("order")
        const orderId: string = completed.data.order.id
        expect((await adminOrder(api, world, orderId)).payment_status).toBe("awaiting")

        // …which staff attach from the review list.
        const confirmed = await api.post(
          "/admin/payments-vn/vietqr/confirm",
          { order_id: orderId, amount: RUOU_ORDER, resolves_transfer_id: transfer.id },
          world.admin
        )
        expect(confirmed.data.transfer).toMatchObject({ status: "confirmed", order_id: orderId })
        const paid = await adminOrder(api, world, orderId)
        expect(paid.payment_status).toBe("captured")
        const payments = await paymentsOf(collectionId)
        expect(payments).toHaveLength(1)
        expect(payments[0]?.captures).toHaveLength(1)
        expect(payments[0]?.refunds ?? []).toHaveLength(0)
        expect(await listTransfers("needs_review")).toHaveLength(0)
      },
      SLOW
    )

    it(
      "a transfer for a cart whose item sold out meanwhile waits for staff (cart_not_completable); after restocking the cart completes",
      async () => {
        const container = getContainer()
        const lastJar = await createStockedVariant(container, world, {
          handle: "mat-ong-rung",
          title: "Mật ong rừng",
          price: 200_000,
          quantity: 1,
        })
        const total = 200_000 + PRICES.shipping
        const late = await cartWith(api, world, [{ variant_id: lastJar.variantId, quantity: 1 }])
        const { collectionId, reference } = await vietQrSession(late)

        // Someone else buys the last jar first.
        const quick = await cartWith(api, world, [{ variant_id: lastJar.variantId, quantity: 1 }])
        await vietQrSession(quick)
        expect((await completeCart(api, world, quick)).data.type).toBe("order")
        expect(await stockLevel(container, world, lastJar)).toEqual({ stocked: 1, reserved: 1 })

        const { transfer } = await notify(reference, total, "FT-SOLD-OUT")
        expect(transfer).toMatchObject({
          status: "needs_review",
          review_reason: "cart_not_completable",
        })
        expect(String(transfer.error)).toMatch(/not enough stock/i)
        expect(await paymentsOf(collectionId)).toHaveLength(0)
        expect((await cartOf(late)).completed_at).toBeFalsy()
        expect(await stockLevel(container, world, lastJar)).toEqual({ stocked: 1, reserved: 1 })

        await restock(container, world, lastJar, 2)
        const completed = await completeCart(api, world, late)
        expect(completed.data.type).toBe("order")
        expect((await adminOrder(api, world, completed.data.order.id)).payment_status).toBe(
          "awaiting"
        )
      },
      SLOW
    )

    it(
      "a confirmation that fails halfway keeps its transfer, failed with the error, and pays nothing",
      async () => {
        const cartId = await cartWith(api, world, [
          { variant_id: world.variants.quyt, quantity: 2 },
        ])
        const { collectionId, reference } = await vietQrSession(cartId)
        const orderId: string = (await completeCart(api, world, cartId)).data.order.id

        // Medusa's payment module breaks once, as the transfer is written into the session (a
        // database hiccup, a deploy): not one of our services.
        const payment = getContainer().resolve(Modules.PAYMENT)
        const sessionWrite = vi
          .spyOn(payment, "updatePaymentSession")
          .mockRejectedValueOnce(new Error("payment store unavailable"))
        let result: Awaited<ReturnType<typeof notify>>
        let attempts = 0
        try {
          result = await notify(reference, QUYT_ORDER, "FT-BROKEN")
        } finally {
          attempts = sessionWrite.mock.calls.length
          sessionWrite.mockRestore()
        }
        expect(attempts).toBe(1)
        expect(result.replay).toBe(false)
        expect(result.transfer).toMatchObject({
          status: "failed",
          review_reason: null,
          error: "payment store unavailable",
          order_id: orderId,
          reference,
          amount: QUYT_ORDER,
        })
        // Nothing was paid and the session is as it was.
        expect(await paymentsOf(collectionId)).toHaveLength(0)
        const [session] = await payment.listPaymentSessions({ payment_collection_id: collectionId })
        expect(session?.data?.confirmed_transfer).toBeNull()
        expect((await adminOrder(api, world, orderId)).payment_status).not.toBe("captured")
        const failed = await listTransfers("failed")
        expect(failed.map((t) => t.id)).toEqual([result.transfer.id])

        // The bank sends it again: the same record answers, nothing is tried twice.
        const again = await notify(reference, QUYT_ORDER, "FT-BROKEN")
        expect(again).toMatchObject({ replay: true, transfer: { id: result.transfer.id } })

        // Staff settle it by hand once the system is back.
        const confirmed = await api.post(
          "/admin/payments-vn/vietqr/confirm",
          { order_id: orderId, amount: QUYT_ORDER, resolves_transfer_id: result.transfer.id },
          world.admin
        )
        expect(confirmed.data.transfer.status).toBe("confirmed")
        expect((await adminOrder(api, world, orderId)).payment_status).toBe("captured")
        expect(await listTransfers("failed")).toHaveLength(0)
      },
      SLOW
    )
  },
})
