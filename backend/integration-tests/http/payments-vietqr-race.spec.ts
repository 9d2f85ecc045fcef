import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "../helpers/runner"
import {
  type CheckoutWorld,
  cartWith,
  choosePayment,
  completeCart,
  createCheckoutWorld,
  listTransfers,
  PRICES,
  setConfigEnv,
  settle,
  signedWebhook,
  vietQrNotification,
  WEBHOOK_SECRET,
} from "./payments-fixtures"

/**
 * Issue 7 case 3: the bank's notification and the customer's own "complete" arrive together for
 * the same cart. The abuse limits are raised so that 30 carts from one address in a minute are
 * not what this test measures.
 */
const CARTS = 30
const TOTAL = PRICES.quyt + PRICES.shipping

setConfigEnv({
  VIETQR_WEBHOOK_SECRET: WEBHOOK_SECRET,
  RATE_LIMIT_CART_CREATE: "1000/60",
  RATE_LIMIT_CART_LINES: "1000/60",
  RATE_LIMIT_PAYMENT_SESSIONS: "1000/60",
  RATE_LIMIT_CART_COMPLETE: "1000/60",
  RATE_LIMIT_UNPAID_ORDERS: "1000/3600",
  RATE_LIMIT_VIETQR_HOOK: "1000/60",
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let world: CheckoutWorld

    beforeEach(async () => {
      world = await createCheckoutWorld(getContainer())
    })

    async function readyCart() {
      const cartId = await cartWith(api, world, [{ variant_id: world.variants.quyt, quantity: 1 }])
      const session = await choosePayment(api, world, cartId, "pp_vietqr_vietqr")
      expect(session.status).toBe(200)
      const collection = session.data.payment_collection
      return {
        cartId,
        collectionId: collection.id as string,
        reference: collection.payment_sessions[0].data.reference as string,
      }
    }

    it(`${CARTS} carts, each completed by the customer while its transfer is notified: one order each, captured once, transfer confirmed`, async () => {
      // The first cart creates the guest customer that the others then share (Medusa's
      // find-or-create of a customer by email is not safe to race); then a few at a time.
      const carts = [await readyCart()]
      while (carts.length < CARTS) {
        carts.push(
          ...(await Promise.all(
            Array.from({ length: Math.min(5, CARTS - carts.length) }, readyCart)
          ))
        )
      }

      await Promise.all(
        carts.flatMap((cart, index) => {
          const signed = signedWebhook(
            vietQrNotification(cart.reference, TOTAL, `FT-RACE-${index}`)
          )
          return [
            completeCart(api, world, cart.cartId),
            settle(api.post("/hooks/vietqr", signed.raw, signed.config)),
          ]
        })
      )

      const container = getContainer()
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: placed } = await query.graph({
        entity: "order_cart",
        fields: ["order_id", "cart_id"],
        filters: { cart_id: carts.map((cart) => cart.cartId) },
      })
      const { data: orders } = await query.graph({ entity: "order", fields: ["id"] })
      expect(orders).toHaveLength(CARTS)
      const collections = await container
        .resolve(Modules.PAYMENT)
        .listPaymentCollections(
          { id: carts.map((cart) => cart.collectionId) },
          { relations: ["payments", "payments.captures", "payments.refunds"] }
        )
      const transfers = await listTransfers(api, world)
      expect(transfers).toHaveLength(CARTS)

      // One line per cart, so that a failure shows every cart's outcome at once.
      const outcomes = carts.map((cart, index) => {
        const orderIds = placed.filter((link) => link.cart_id === cart.cartId)
        const payments = collections.find((c) => c.id === cart.collectionId)?.payments ?? []
        const live = payments.filter((payment) => !payment.canceled_at)
        const transfer = transfers.find((t) => t.transaction_id === `FT-RACE-${index}`)
        return {
          cart: index,
          orders: orderIds.length,
          payments: live.length,
          captured: live.flatMap((payment) => payment.captures ?? []).map((c) => Number(c.amount)),
          refunds: payments.flatMap((payment) => payment.refunds ?? []).length,
          transfer: transfer?.status,
          reason: transfer?.review_reason ?? transfer?.error ?? null,
          transfer_order_is_the_order: transfer?.order_id === orderIds[0]?.order_id,
        }
      })
      expect(outcomes).toEqual(
        carts.map((_, index) => ({
          cart: index,
          orders: 1,
          payments: 1,
          captured: [TOTAL],
          refunds: 0,
          transfer: "confirmed",
          reason: null,
          transfer_order_is_the_order: true,
        }))
      )
    }, 600_000)
  },
})
