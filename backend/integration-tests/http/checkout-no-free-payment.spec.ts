import { Modules } from "@medusajs/framework/utils"
import { createPaymentSessionsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "../helpers/runner"
import {
  type CheckoutWorld,
  cartWith,
  choosePayment,
  completeCart,
  createCheckoutWorld,
  settle,
} from "./payments-fixtures"

const SYSTEM = "pp_system_default"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let world: CheckoutWorld

    beforeEach(async () => {
      world = await createCheckoutWorld(getContainer())
    })

    it("pp_system_default never completes a store cart, even enabled on the region by an admin", async () => {
      const region = await api.get(
        `/admin/regions/${world.regionId}?fields=id,*payment_providers`,
        world.admin
      )
      const enabled = region.data.region.payment_providers.map((p: { id: string }) => p.id)
      const updated = await api.post(
        `/admin/regions/${world.regionId}`,
        { payment_providers: [...enabled, SYSTEM] },
        world.admin
      )
      expect(updated.status).toBe(200)
      const after = await api.get(
        `/admin/regions/${world.regionId}?fields=id,*payment_providers`,
        world.admin
      )
      expect(after.data.region.payment_providers.map((p: { id: string }) => p.id)).toContain(SYSTEM)

      // An ordinary cart (no alcohol, under the COD ceiling): nothing else stands in the way.
      const cartId = await cartWith(api, world, [{ variant_id: world.variants.quyt, quantity: 1 }])
      const chosen = await choosePayment(api, world, cartId, SYSTEM)
      expect(chosen.status).toBe(400)
      expect(chosen.data.message).toContain("collects no money")

      // A session opened around the store route (a script, another plugin) is refused at completion.
      const collection = await settle(
        api.post("/store/payment-collections", { cart_id: cartId }, world.store)
      )
      await createPaymentSessionsWorkflow(getContainer()).run({
        input: {
          payment_collection_id: collection.data.payment_collection.id,
          provider_id: SYSTEM,
        },
      })
      const completed = await completeCart(api, world, cartId)
      expect(completed.status).toBe(400)
      expect(completed.data.message).toContain("không thu tiền")
      const cart = await getContainer().resolve(Modules.CART).retrieveCart(cartId)
      expect(cart.completed_at).toBeFalsy()
      const { data: links } = await getContainer()
        .resolve("query")
        .graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
      expect(links).toEqual([])

      // The same cart still checks out once a real payment is chosen.
      expect((await choosePayment(api, world, cartId, "pp_vietqr_vietqr")).status).toBe(200)
      const placed = await completeCart(api, world, cartId)
      expect(placed.status).toBe(200)
      expect(placed.data.type).toBe("order")
    })
  },
})
