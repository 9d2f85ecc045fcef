import { medusaIntegrationTestRunner } from "../helpers/runner"
import {
  adminOrder,
  type CheckoutWorld,
  cartWith,
  choosePayment,
  completeCart,
  createCheckoutWorld,
  PRICES,
  setConfigEnv,
  waitFor,
} from "./payments-fixtures"

const COD = "pp_cod_cod"
// Low enough that four kilos of quýt (480.000 ₫ + shipping) go over it.
const COD_MAX = 400_000

setConfigEnv({ COD_MAX_ORDER_VND: String(COD_MAX) })

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let world: CheckoutWorld

    beforeEach(async () => {
      world = await createCheckoutWorld(getContainer())
    })

    async function codOrder(quantity = 2) {
      const cartId = await cartWith(api, world, [{ variant_id: world.variants.quyt, quantity }])
      const session = await choosePayment(api, world, cartId, COD)
      expect(session.status).toBe(200)
      const completed = await completeCart(api, world, cartId)
      expect(completed.status).toBe(200)
      expect(completed.data.type).toBe("order")
      return completed.data.order.id as string
    }

    async function fulfil(orderId: string) {
      const order = await adminOrder(api, world, orderId)
      const created = await api.post(
        `/admin/orders/${orderId}/fulfillments`,
        {
          items: order.items.map((item: { id: string; quantity: number }) => ({
            id: item.id,
            quantity: item.quantity,
          })),
          location_id: world.locationId,
        },
        world.admin
      )
      expect(created.status).toBe(200)
      const withFulfillments = await api.get(
        `/admin/orders/${orderId}?fields=id,*fulfillments`,
        world.admin
      )
      const [fulfillment] = withFulfillments.data.order.fulfillments
      return fulfillment.id as string
    }

    it("a storefront-style cart completes with cash on delivery: accepted, not yet paid", async () => {
      const orderId = await codOrder()
      const order = await adminOrder(api, world, orderId)
      expect(order.payment_status).toBe("authorized")
      expect(Number(order.total)).toBe(2 * PRICES.quyt + PRICES.shipping)
      const [payment] = order.payment_collections[0].payments
      expect(payment.provider_id).toBe(COD)
      expect(payment.captures).toHaveLength(0)
    })

    it("is captured when the order's fulfillment is marked delivered", async () => {
      const orderId = await codOrder()
      const fulfillmentId = await fulfil(orderId)
      expect((await adminOrder(api, world, orderId)).payment_status).toBe("authorized")

      const delivered = await api.post(
        `/admin/orders/${orderId}/fulfillments/${fulfillmentId}/mark-as-delivered`,
        {},
        world.admin
      )
      expect(delivered.status).toBe(200)
      // The capture runs in the delivery.created subscriber, after the response.
      const order = await waitFor(
        () => adminOrder(api, world, orderId),
        (o) => o.payment_status === "captured"
      )
      expect(order.payment_status).toBe("captured")
      const [payment] = order.payment_collections[0].payments
      expect(payment.captures).toHaveLength(1)
      expect(Number(payment.captures[0].amount)).toBe(2 * PRICES.quyt + PRICES.shipping)
    })

    it("can be captured by hand with Medusa's admin capture", async () => {
      const orderId = await codOrder()
      const [payment] = (await adminOrder(api, world, orderId)).payment_collections[0].payments
      const captured = await api.post(`/admin/payments/${payment.id}/capture`, {}, world.admin)
      expect(captured.status).toBe(200)
      expect((await adminOrder(api, world, orderId)).payment_status).toBe("captured")
    })

    it("is refused above COD_MAX_ORDER_VND, server-side, with the limit in the message", async () => {
      const cartId = await cartWith(api, world, [{ variant_id: world.variants.quyt, quantity: 4 }])
      const refused = await choosePayment(api, world, cartId, COD)
      expect(refused.status).toBe(400)
      expect(refused.data.message).toContain("400.000")
      expect(refused.data.message).toContain("Cash on delivery is limited")
      const completed = await completeCart(api, world, cartId)
      expect(completed.status).toBe(400)

      // The same order can be paid by VietQR.
      const ok = await choosePayment(api, world, cartId, "pp_vietqr_vietqr")
      expect(ok.status).toBe(200)
    })
  },
})
