import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import seed from "../../src/scripts/seed"
import { WEB_STORE_CHANNEL } from "../../src/scripts/seed-data/channels"
import { medusaIntegrationTestRunner } from "../helpers/runner"
import { type Api, settle } from "./payments-fixtures"

/**
 * Click & collect on the demo shop: the web store offers pick-up at OCOP store 1 and 2, and an
 * order's stock is reserved at the store the buyer chose (Medusa alone would reserve at any
 * location of the channel with stock), or at the warehouse for home delivery.
 */
const COD = "pp_cod_cod"
const STORE_1 = "Cửa hàng OCOP số 1"
const STORE_2 = "Cửa hàng OCOP số 2"
const WAREHOUSE = "Kho trung tâm"

interface Shop {
  headers: { headers: Record<string, string> }
  locations: Map<string, string>
  variantId: string
  inventoryItemId: string
}

async function openShop(container: MedusaContainer): Promise<Shop> {
  await seed({ container })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: channels } = await query.graph({
    entity: "sales_channel",
    fields: ["name", "publishable_api_keys.token"],
    filters: { name: WEB_STORE_CHANNEL },
  })
  const token = (channels[0]?.publishable_api_keys as { token: string }[] | undefined)?.[0]?.token
  if (!token) throw new Error("web store has no key")
  const locations = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({})
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "inventory_items.inventory_item_id"],
    filters: { sku: "LS-QVBS-1KG" },
  })
  const variant = variants[0]
  const inventoryItemId = (
    variant?.inventory_items as { inventory_item_id: string }[] | undefined
  )?.[0]?.inventory_item_id
  if (!variant || !inventoryItemId) throw new Error("quýt vàng Bắc Sơn 1 kg is missing")
  return {
    headers: { headers: { "x-publishable-api-key": token } },
    locations: new Map(locations.map((location) => [location.name, location.id])),
    variantId: variant.id,
    inventoryItemId,
  }
}

async function cartReadyToChoose(api: Api, shop: Shop, quantity: number) {
  const created = await api.post("/store/carts", {}, shop.headers)
  const cartId: string = created.data.cart.id
  await api.post(
    `/store/carts/${cartId}/line-items`,
    { variant_id: shop.variantId, quantity },
    shop.headers
  )
  await api.post(
    `/store/carts/${cartId}`,
    {
      email: "khach@example.vn",
      shipping_address: {
        first_name: "Nguyễn",
        last_name: "Thị B",
        phone: "0912345678",
        address_1: "Thôn Quỳnh Sơn",
        city: "Xã Bắc Sơn",
        province: "Lạng Sơn",
        country_code: "vn",
      },
    },
    shop.headers
  )
  const options = await api.get(`/store/shipping-options?cart_id=${cartId}`, shop.headers)
  return {
    cartId,
    options: options.data.shipping_options as { id: string; name: string; amount: number }[],
  }
}

async function placeOrder(api: Api, shop: Shop, cartId: string, optionId: string) {
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: optionId }, shop.headers)
  const collection = await api.post("/store/payment-collections", { cart_id: cartId }, shop.headers)
  await api.post(
    `/store/payment-collections/${collection.data.payment_collection.id}/payment-sessions`,
    { provider_id: COD },
    shop.headers
  )
  return settle(api.post(`/store/carts/${cartId}/complete`, {}, shop.headers))
}

async function reservationsOf(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["items.id"],
    filters: { id: orderId },
  })
  const lineIds = ((data[0]?.items ?? []) as { id: string }[]).map((item) => item.id)
  return container.resolve(Modules.INVENTORY).listReservationItems({ line_item_id: lineIds })
}

async function reservedAt(container: MedusaContainer, shop: Shop, locationName: string) {
  const [level] = await container.resolve(Modules.INVENTORY).listInventoryLevels({
    inventory_item_id: shop.inventoryItemId,
    location_id: shop.locations.get(locationName),
  })
  return Number(level?.reserved_quantity ?? 0)
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop

    beforeEach(async () => {
      shop = await openShop(getContainer())
    })

    it("offers delivery and pick-up at both OCOP stores, and reserves where the buyer collects", async () => {
      const container = getContainer()
      const { cartId, options } = await cartReadyToChoose(api, shop, 2)
      expect(options.map((option) => option.name).sort()).toEqual(
        ["Giao hàng tiêu chuẩn", `Nhận tại ${STORE_1}`, `Nhận tại ${STORE_2}`].sort()
      )
      const pickup = options.find((option) => option.name === `Nhận tại ${STORE_1}`)
      expect(pickup?.amount).toBe(0)
      // the warehouse has 200, the stores 30 and 20: Medusa alone would reserve at the warehouse
      const completed = await placeOrder(api, shop, cartId, pickup?.id ?? "")
      expect(completed.data.type).toBe("order")
      const reservations = await reservationsOf(container, completed.data.order.id)
      expect(reservations).toHaveLength(1)
      expect(reservations[0]?.location_id).toBe(shop.locations.get(STORE_1))
      expect(Number(reservations[0]?.quantity)).toBe(2)
      expect(await reservedAt(container, shop, STORE_1)).toBe(2)
      expect(await reservedAt(container, shop, WAREHOUSE)).toBe(0)

      // home delivery leaves from the warehouse
      const delivery = await cartReadyToChoose(api, shop, 1)
      const homeOption = delivery.options.find((option) => option.name === "Giao hàng tiêu chuẩn")
      const delivered = await placeOrder(api, shop, delivery.cartId, homeOption?.id ?? "")
      expect(delivered.data.type).toBe("order")
      const [deliveryReservation] = await reservationsOf(container, delivered.data.order.id)
      expect(deliveryReservation?.location_id).toBe(shop.locations.get(WAREHOUSE))
      expect(await reservedAt(container, shop, WAREHOUSE)).toBe(1)
      expect(await reservedAt(container, shop, STORE_1)).toBe(2)
    })

    it("refuses pick-up at a store without the goods, and leaves no order and no reservation", async () => {
      const container = getContainer()
      // store 2 holds 20 bags of quýt; ask for 25 (the warehouse could serve them)
      const { cartId, options } = await cartReadyToChoose(api, shop, 25)
      const store2 = options.find((option) => option.name === `Nhận tại ${STORE_2}`)
      const refused = await placeOrder(api, shop, cartId, store2?.id ?? "")
      expect(refused.status).toBeGreaterThanOrEqual(400)
      expect(JSON.stringify(refused.data)).toMatch(/Cửa hàng OCOP số 2 không đủ hàng/)
      const orders = await container.resolve(Modules.ORDER).listOrders({})
      expect(orders).toHaveLength(0)
      const reservations = await container.resolve(Modules.INVENTORY).listReservationItems({})
      expect(reservations).toHaveLength(0)
      for (const name of [STORE_2, WAREHOUSE, STORE_1]) {
        expect(await reservedAt(container, shop, name)).toBe(0)
      }
      // the same cart goes through once the buyer picks delivery instead
      const home = options.find((option) => option.name === "Giao hàng tiêu chuẩn")
      const delivered = await placeOrder(api, shop, cartId, home?.id ?? "")
      expect(delivered.data.type).toBe("order")
    })
  },
})
