import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import type { StoreOcopProduct, StoreOcopProductsResponse } from "@ocop/sdk"
import {
  issueOcopCertificateWorkflow,
  setOcopProductProfileWorkflow,
} from "../../src/workflows/ocop"
import {
  resetStoreCaches,
  storeCatalogSettled,
  writeThroughStoreCatalog,
} from "../helpers/store-catalog"
import {
  type Api,
  type CheckoutWorld,
  cartWith,
  choosePayment,
  completeCart,
  createCheckoutWorld,
} from "../http/payments-fixtures"

const COD = "pp_cod_cod"
const HANDLE = "mat-ong-rung-huu-lien"

interface Honey {
  productId: string
  variantId: string
  certificateId: string
}

/** A 4★ honey with tracked stock at the checkout world's warehouse, written through workflows. */
async function addHoney(container: MedusaContainer, world: CheckoutWorld): Promise<Honey> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: channels } = await query.graph({
    entity: "sales_channel_locations",
    fields: ["sales_channel_id"],
    filters: { stock_location_id: world.locationId },
  })
  const channelId = channels[0]?.sales_channel_id as string
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product.shipping_profile.id"],
    filters: { id: world.variants.quyt },
  })
  const shippingProfileId = variants[0]?.product?.shipping_profile?.id as string
  const { result } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: "Mật ong rừng Hữu Liên",
          handle: HANDLE,
          status: "published",
          shipping_profile_id: shippingProfileId,
          options: [{ title: "Quy cách", values: ["Chai 500 ml"] }],
          sales_channels: [{ id: channelId }],
          variants: [
            {
              title: "Chai 500 ml",
              sku: "OCOP-MAT-ONG",
              manage_inventory: true,
              options: { "Quy cách": "Chai 500 ml" },
              prices: [{ amount: 200_000, currency_code: "vnd" }],
            },
          ],
        },
      ],
    },
  })
  const product = result[0]
  const variantId = product?.variants?.[0]?.id as string
  const { data: items } = await query.graph({
    entity: "product_variant",
    fields: ["inventory_items.inventory_item_id"],
    filters: { id: variantId },
  })
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: [
        {
          inventory_item_id: items[0]?.inventory_items?.[0]?.inventory_item_id as string,
          location_id: world.locationId,
          stocked_quantity: 10,
        },
      ],
    },
  })
  await setOcopProductProfileWorkflow(container).run({
    input: { product_id: product?.id as string, product_group: "food", province_code: "20" },
  })
  const decided = new Date(Date.now() - 100 * 24 * 60 * 60 * 1000)
  const { result: certificate } = await issueOcopCertificateWorkflow(container).run({
    input: {
      product_id: product?.id as string,
      stars: 4,
      decision_number: "77/QĐ-UBND",
      decision_date: decided,
      issuer_name: "UBND tỉnh Lạng Sơn",
      issuer_level: "province",
      legal_basis: "148/QĐ-TTg",
    },
  })
  await storeCatalogSettled(container)
  return { productId: product?.id as string, variantId, certificateId: certificate.id }
}

/**
 * A change to a price, to stock (through an order) or to a certificate is visible on the next
 * listing request once its events are handled, though the listing is cached (the same request
 * is made first so that the cache holds the old answer).
 */
export function storeCatalogFreshnessSuite({
  api,
  getContainer,
}: {
  api: Api
  getContainer: () => MedusaContainer
}) {
  let world: CheckoutWorld
  let honey: Honey

  const listing = async (params = "") =>
    (
      await api.get(
        `/store/ocop/products?limit=50&region_id=${world.regionId}${params}`,
        world.store
      )
    ).data as StoreOcopProductsResponse
  const honeyIn = (response: StoreOcopProductsResponse): StoreOcopProduct => {
    const found = response.products.find((product) => product.handle === HANDLE)
    if (!found) throw new Error("honey not listed")
    return found
  }
  const through = <T>(write: () => Promise<T>) => writeThroughStoreCatalog(getContainer(), write)

  beforeAll(async () => {
    world = await createCheckoutWorld(getContainer())
    honey = await addHoney(getContainer(), world)
  })

  beforeEach(() => resetStoreCaches(getContainer()))

  it("a price change is visible on the next listing request", async () => {
    const before = await listing("&sort=price_asc")
    expect(honeyIn(before).variants[0]?.calculated_price?.calculated_amount).toBe(200_000)
    expect(before.products[0]?.handle).not.toBe(HANDLE)
    await through(() =>
      api.post(
        `/admin/products/${honey.productId}/variants/${honey.variantId}`,
        { prices: [{ amount: 50_000, currency_code: "vnd" }] },
        world.admin
      )
    )
    const after = await listing("&sort=price_asc")
    expect(honeyIn(after).variants[0]?.calculated_price?.calculated_amount).toBe(50_000)
    // the price order follows the new price too: now the cheapest
    expect(after.products[0]?.handle).toBe(HANDLE)
  })

  it("a stock change from an order is visible on the next listing request", async () => {
    expect(honeyIn(await listing()).variants[0]?.inventory_quantity).toBe(10)
    const cartId = await cartWith(api, world, [{ variant_id: honey.variantId, quantity: 3 }])
    expect((await choosePayment(api, world, cartId, COD)).status).toBe(200)
    const completed = await through(() => completeCart(api, world, cartId))
    expect(completed.data.type).toBe("order")
    const after = honeyIn(await listing())
    expect(after.variants[0]).toMatchObject({ inventory_quantity: 7, in_stock: true })
  })

  it("a revoked certificate is visible on the next listing request", async () => {
    const before = await listing("&stars=4")
    expect(honeyIn(before).ocop).toMatchObject({ stars: 4, badge: true })
    expect(before.facets.stars).toEqual([{ value: 4, count: 1 }])
    await through(() =>
      api.post(
        `/admin/ocop/certificates/${honey.certificateId}/revoke`,
        { reason: "Vi phạm tiêu chí" },
        world.admin
      )
    )
    const after = await listing("&stars=4")
    expect(after.count).toBe(0)
    expect(after.facets.stars).toEqual([])
    expect(honeyIn(await listing()).ocop).toMatchObject({ stars: null, badge: false })
  })
}
