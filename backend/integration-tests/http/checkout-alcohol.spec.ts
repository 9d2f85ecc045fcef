import { Modules } from "@medusajs/framework/utils"
import { createPaymentSessionsWorkflow } from "@medusajs/medusa/core-flows"
import { vatIncluded } from "@ocop/core"
import { medusaIntegrationTestRunner } from "../helpers/runner"
import {
  adminOrder,
  type CheckoutWorld,
  cartWith,
  choosePayment,
  completeCart,
  createCheckoutWorld,
  createTenPercentCode,
  PRICES,
  settle,
} from "./payments-fixtures"

const COD = "pp_cod_cod"
const VIETQR = "pp_vietqr_vietqr"

interface Line {
  variant_id: string
  quantity: number
  unit_price: number
  is_discountable: boolean
  adjustments?: Array<{ amount: number; code: string }>
  tax_lines?: Array<{ rate: number; code: string }>
  total: number
  tax_total: number
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let world: CheckoutWorld

    beforeEach(async () => {
      world = await createCheckoutWorld(getContainer())
    })

    const confirmAge = (cartId: string, body: object) =>
      settle(api.post(`/store/carts/${cartId}/age-confirmation`, body, world.store))

    it("refuses cash on delivery for a cart with alcohol, in Vietnamese and English", async () => {
      const cartId = await cartWith(api, world, [
        { variant_id: world.variants.quyt, quantity: 1 },
        { variant_id: world.variants.ruou, quantity: 1 },
      ])
      const refused = await choosePayment(api, world, cartId, COD)
      expect(refused.status).toBe(400)
      expect(refused.data.message).toContain("không được thanh toán khi nhận hàng (COD)")
      expect(refused.data.message).toContain("cannot be paid cash on delivery")

      // Medusa's system provider (pays nothing) counts as cash too.
      const system = await choosePayment(api, world, cartId, "pp_system_default")
      expect(system.status).toBe(400)
    })

    it("refuses at completion too when a COD session was opened around the storefront route", async () => {
      const cartId = await cartWith(api, world, [
        { variant_id: world.variants.ruouNhe, quantity: 1 },
      ])
      const collection = await api.post(
        "/store/payment-collections",
        { cart_id: cartId },
        world.store
      )
      await createPaymentSessionsWorkflow(getContainer()).run({
        input: { payment_collection_id: collection.data.payment_collection.id, provider_id: COD },
      })
      expect((await confirmAge(cartId, { confirmed_adult: true })).status).toBe(200)
      const completed = await completeCart(api, world, cartId)
      expect(completed.status).toBe(400)
      expect(completed.data.message).toContain("cannot be paid cash on delivery")
      const cart = await getContainer().resolve(Modules.CART).retrieveCart(cartId)
      expect(cart.completed_at).toBeFalsy()
    })

    it("requires the age confirmation before an alcohol cart completes; refuses a minor", async () => {
      const cartId = await cartWith(api, world, [{ variant_id: world.variants.ruou, quantity: 1 }])
      expect((await choosePayment(api, world, cartId, VIETQR)).status).toBe(200)

      const withoutAge = await completeCart(api, world, cartId)
      expect(withoutAge.status).toBe(400)
      expect(withoutAge.data.message).toContain("xác nhận bạn đủ 18 tuổi")
      expect(withoutAge.data.message).toContain("confirm you are 18 or older")

      const today = new Date()
      const minor = `${today.getUTCFullYear() - 17}-01-01`
      const refused = await confirmAge(cartId, { birth_date: minor })
      expect(refused.status).toBe(400)
      expect(refused.data.message).toContain("18")
      const empty = await confirmAge(cartId, {})
      expect(empty.status).toBe(400)
      expect(empty.data.message).toContain("birth_date")
      expect((await completeCart(api, world, cartId)).status).toBe(400)

      const adult = await confirmAge(cartId, { birth_date: "1990-05-17" })
      expect(adult.status).toBe(200)
      expect(adult.data.age_confirmation).toMatchObject({
        confirmed_adult: true,
        method: "birth_date",
      })
      const completed = await completeCart(api, world, cartId)
      expect(completed.data.type).toBe("order")
      // The record travels to the order; the birth date itself is not kept.
      const order = await api.get(
        `/admin/orders/${completed.data.order.id}?fields=id,metadata`,
        world.admin
      )
      const metadata = order.data.order.metadata
      expect(metadata.ocop_age_confirmation.method).toBe("birth_date")
      expect(JSON.stringify(metadata)).not.toContain("1990-05-17")
    })

    it("a promotion leaves the 29 % rượu at full price and discounts the rest", async () => {
      const created = await createTenPercentCode(api, world, "GIAM10")
      expect(created.data.message).toBeUndefined()
      expect(created.status).toBe(200)
      const cartId = await cartWith(api, world, [
        { variant_id: world.variants.quyt, quantity: 1 },
        { variant_id: world.variants.ruou, quantity: 2 },
        { variant_id: world.variants.ruouNhe, quantity: 1 },
      ])
      await api.post(`/store/carts/${cartId}/promotions`, { promo_codes: ["GIAM10"] }, world.store)
      const applied = await api.get(
        `/store/carts/${cartId}?fields=+items.total,+items.is_discountable,+discount_total`,
        world.store
      )
      expect(applied.data.cart.promotions.map((p: { code: string }) => p.code)).toEqual(["GIAM10"])
      const items = applied.data.cart.items as Line[]
      const line = (variantId: string) => {
        const found = items.find((item) => item.variant_id === variantId)
        if (!found) throw new Error(`no line for ${variantId}`)
        return found
      }
      const discount = (item: Line) =>
        (item.adjustments ?? []).reduce((sum, adjustment) => sum + Number(adjustment.amount), 0)

      expect(discount(line(world.variants.quyt))).toBe(PRICES.quyt / 10)
      expect(discount(line(world.variants.ruouNhe))).toBe(PRICES.ruouNhe / 10)
      const ruou = line(world.variants.ruou)
      expect(discount(ruou)).toBe(0)
      // Saved on the line, so order edits and reports see it too.
      const saved = await getContainer()
        .resolve(Modules.CART)
        .listLineItems({ cart_id: cartId }, { select: ["variant_id", "is_discountable"] })
      const discountable = Object.fromEntries(saved.map((i) => [i.variant_id, i.is_discountable]))
      expect(discountable).toEqual({
        [world.variants.quyt]: true,
        [world.variants.ruou]: false,
        [world.variants.ruouNhe]: true,
      })
      expect(Number(ruou.total)).toBe(2 * PRICES.ruou)
      expect(Number(applied.data.cart.discount_total)).toBe((PRICES.quyt + PRICES.ruouNhe) / 10)

      // Through the order too.
      expect((await choosePayment(api, world, cartId, VIETQR)).status).toBe(200)
      expect((await confirmAge(cartId, { confirmed_adult: true })).status).toBe(200)
      const completed = await completeCart(api, world, cartId)
      const order = await adminOrder(api, world, completed.data.order.id)
      const orderRuou = (order.items as Line[]).find((i) => i.variant_id === world.variants.ruou)
      expect(orderRuou?.adjustments ?? []).toHaveLength(0)
      expect(orderRuou?.is_discountable).toBe(false)
    })

    it("the order carries a VAT line per item from the tax rates, prices staying tax-inclusive", async () => {
      const cartId = await cartWith(api, world, [
        { variant_id: world.variants.quyt, quantity: 1 },
        { variant_id: world.variants.ruou, quantity: 1 },
      ])
      expect((await choosePayment(api, world, cartId, VIETQR)).status).toBe(200)
      expect((await confirmAge(cartId, { confirmed_adult: true })).status).toBe(200)
      const completed = await completeCart(api, world, cartId)
      const order = await adminOrder(api, world, completed.data.order.id)
      const items = order.items as Line[]
      const quyt = items.find((i) => i.variant_id === world.variants.quyt)
      const ruou = items.find((i) => i.variant_id === world.variants.ruou)
      expect(quyt?.tax_lines?.map((t) => [Number(t.rate), t.code])).toEqual([[5, "VAT_TEST_FRESH"]])
      expect(ruou?.tax_lines?.map((t) => [Number(t.rate), t.code])).toEqual([
        [10, "VAT_TEST_STANDARD"],
      ])
      // VAT-inclusive: the customer pays the shelf price; the VAT is inside it.
      expect(Number(quyt?.total)).toBe(PRICES.quyt)
      expect(Number(ruou?.total)).toBe(PRICES.ruou)
      expect(Number(order.total)).toBe(PRICES.quyt + PRICES.ruou + PRICES.shipping)
      // Medusa keeps VAT unrounded; it agrees with @ocop/core's whole-đồng VAT within 1 ₫.
      expect(Math.abs(Number(quyt?.tax_total) - vatIncluded(PRICES.quyt, 5))).toBeLessThan(1)
      expect(Math.abs(Number(ruou?.tax_total) - vatIncluded(PRICES.ruou, 10))).toBeLessThan(1)
    })
  },
})
