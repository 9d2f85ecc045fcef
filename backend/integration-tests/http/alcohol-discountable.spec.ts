import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "../helpers/runner"
import {
  type CheckoutWorld,
  createCheckoutWorld,
  createTenPercentCode,
  PRICES,
  settle,
} from "./payments-fixtures"

interface DraftLine {
  variant_id: string
  is_discountable: boolean
  adjustments?: Array<{ amount: number; code: string }> | null
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let world: CheckoutWorld

    beforeEach(async () => {
      world = await createCheckoutWorld(getContainer())
    })

    const productOf = async (variantId: string): Promise<string> => {
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "product_variant", fields: ["product_id"], filters: { id: variantId } })
      return data[0]?.product_id as string
    }
    const product = async (id: string) =>
      (await api.get(`/admin/products/${id}?fields=id,discountable,metadata`, world.admin)).data
        .product as { discountable: boolean; metadata: Record<string, unknown> | null }
    // The route takes the whole profile; these are the fixture's own values.
    const PROFILES = {
      beverage: { product_group: "beverage", province_code: "20" },
      food: { product_group: "food", province_code: "20" },
    }
    const setProfile = (id: string, body: object, group: keyof typeof PROFILES = "beverage") =>
      settle(api.post(`/admin/ocop/products/${id}`, { ...PROFILES[group], ...body }, world.admin))

    const webChannel = async () =>
      (await api.get("/admin/sales-channels?name=Web%20th%E1%BB%AD%20nghi%E1%BB%87m", world.admin))
        .data.sales_channels[0].id as string
    const discount = (line: DraftLine | undefined) =>
      (line?.adjustments ?? []).reduce((sum, adjustment) => sum + Number(adjustment.amount), 0)

    it("abv/is_alcohol set through POST /admin/ocop/products/:id keep Medusa's discountable in step (≥ 15 % → false)", async () => {
      const ruou = await productOf(world.variants.ruou)
      // The fixture wrote the profile straight into the module: Medusa's flag is out of step.
      expect((await product(ruou)).discountable).toBe(true)

      expect((await setProfile(ruou, { is_alcohol: true, abv: 29 })).status).toBe(200)
      expect(await product(ruou)).toMatchObject({
        discountable: false,
        metadata: { ocop_promotion_ban: true },
      })

      expect((await setProfile(ruou, { abv: 12 })).status).toBe(200)
      const lifted = await product(ruou)
      expect(lifted.discountable).toBe(true)
      expect(lifted.metadata?.ocop_promotion_ban).toBeUndefined()

      expect((await setProfile(ruou, { abv: 15 })).status).toBe(200)
      expect((await product(ruou)).discountable).toBe(false)

      // Medusa's own product form cannot reopen it to promotions.
      await api.post(`/admin/products/${ruou}`, { discountable: true }, world.admin)
      expect((await product(ruou)).discountable).toBe(false)

      // An admin's own "not discountable" on a product without the ban stays.
      const quyt = await productOf(world.variants.quyt)
      await api.post(`/admin/products/${quyt}`, { discountable: false }, world.admin)
      expect((await setProfile(quyt, { is_alcohol: false }, "food")).status).toBe(200)
      expect((await product(quyt)).discountable).toBe(false)
    })

    it("an admin draft order with a promotion on a ≥ 15 % line is refused", async () => {
      expect((await createTenPercentCode(api, world, "GIAM10")).status).toBe(200)
      const channel = await webChannel()
      const ruou = await productOf(world.variants.ruou)
      const draft = (items: object[], promo_codes?: string[]) =>
        settle(
          api.post(
            "/admin/draft-orders",
            {
              region_id: world.regionId,
              sales_channel_id: channel,
              email: "quay@example.vn",
              items,
              ...(promo_codes ? { promo_codes } : {}),
            },
            world.admin
          )
        )
      const both = [
        { variant_id: world.variants.ruou, quantity: 1 },
        { variant_id: world.variants.quyt, quantity: 1 },
      ]

      // Out of step (the product still says discountable): a draft created with the code is refused.
      const atOnce = await draft(both, ["GIAM10"])
      expect(atOnce.status).toBe(400)
      expect(atOnce.data.message).toContain("15 %")

      // A draft without a promotion takes the line as discountable; the ABV is then recorded.
      const open = await draft(both)
      expect(open.status).toBe(200)
      const draftId = open.data.draft_order.id
      expect((await setProfile(ruou, { is_alcohol: true, abv: 29 })).status).toBe(200)
      expect((await product(ruou)).discountable).toBe(false)

      // Adding the promotion in an edit is refused: that line would be discounted.
      expect(
        (await settle(api.post(`/admin/draft-orders/${draftId}/edit`, {}, world.admin))).status
      ).toBe(200)
      const added = await settle(
        api.post(
          `/admin/draft-orders/${draftId}/edit/promotions`,
          { promo_codes: ["GIAM10"] },
          world.admin
        )
      )
      expect(added.status).toBe(400)
      expect(added.data.message).toContain("Law 44/2019/QH14")
      const kept = await api.get(
        `/admin/draft-orders/${draftId}?fields=id,*promotions,items.variant_id,items.is_discountable,*items.adjustments`,
        world.admin
      )
      expect(kept.data.draft_order.promotions ?? []).toEqual([])
      for (const line of kept.data.draft_order.items as DraftLine[]) expect(discount(line)).toBe(0)

      // In step, a new draft with the code passes the rượu by at full price and discounts the rest.
      const inStep = await draft(both, ["GIAM10"])
      expect(inStep.status).toBe(200)
      const lines = (
        await api.get(
          `/admin/draft-orders/${inStep.data.draft_order.id}?fields=id,items.variant_id,items.is_discountable,*items.adjustments`,
          world.admin
        )
      ).data.draft_order.items as DraftLine[]
      const line = (variantId: string) =>
        lines.find((candidate) => candidate.variant_id === variantId)
      expect(line(world.variants.ruou)?.is_discountable).toBe(false)
      expect(discount(line(world.variants.ruou))).toBe(0)
      expect(discount(line(world.variants.quyt))).toBe(PRICES.quyt / 10)
    })
  },
})
