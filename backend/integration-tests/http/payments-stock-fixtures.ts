import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  updateInventoryLevelsWorkflow,
} from "@medusajs/medusa/core-flows"
import type { CheckoutWorld } from "./payments-fixtures"

export interface StockedVariant {
  variantId: string
  inventoryItemId: string
}

/**
 * A product of the checkout world whose stock Medusa counts (manage_inventory), with `quantity`
 * at the world's warehouse: orders reserve it and cancellations give it back.
 */
export async function createStockedVariant(
  container: MedusaContainer,
  world: CheckoutWorld,
  spec: { handle: string; title: string; price: number; quantity: number }
): Promise<StockedVariant> {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [profile] = await fulfillment.listShippingProfiles({ type: "default" })
  const [channel] = await container
    .resolve(Modules.SALES_CHANNEL)
    .listSalesChannels({ name: "Web thử nghiệm" })
  if (!profile || !channel) throw new Error("createCheckoutWorld must run first")
  const { result } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: spec.title,
          handle: spec.handle,
          status: "published",
          shipping_profile_id: profile.id,
          options: [{ title: "Quy cách", values: ["Mặc định"] }],
          variants: [
            {
              title: "Mặc định",
              options: { "Quy cách": "Mặc định" },
              manage_inventory: true,
              prices: [{ amount: spec.price, currency_code: "vnd" }],
            },
          ],
          sales_channels: [{ id: channel.id }],
        },
      ],
    },
  })
  const variantId = result[0]?.variants?.[0]?.id
  if (!variantId) throw new Error(`product ${spec.handle} not created`)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["inventory_items.inventory_item_id"],
    filters: { id: variantId },
  })
  const inventoryItemId = data[0]?.inventory_items?.[0]?.inventory_item_id as string | undefined
  if (!inventoryItemId) throw new Error(`no inventory item for ${spec.handle}`)
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: [
        {
          inventory_item_id: inventoryItemId,
          location_id: world.locationId,
          stocked_quantity: spec.quantity,
        },
      ],
    },
  })
  return { variantId, inventoryItemId }
}

/** Stock on hand and reserved at the world's warehouse. */
export async function stockLevel(
  container: MedusaContainer,
  world: CheckoutWorld,
  item: StockedVariant
) {
  const [level] = await container
    .resolve(Modules.INVENTORY)
    .listInventoryLevels({ inventory_item_id: item.inventoryItemId, location_id: world.locationId })
  if (!level) throw new Error("no inventory level")
  return { stocked: Number(level.stocked_quantity), reserved: Number(level.reserved_quantity) }
}

/** Sets the stock on hand, as a warehouse clerk receiving goods would. */
export async function restock(
  container: MedusaContainer,
  world: CheckoutWorld,
  item: StockedVariant,
  quantity: number
) {
  await updateInventoryLevelsWorkflow(container).run({
    input: {
      updates: [
        {
          inventory_item_id: item.inventoryItemId,
          location_id: world.locationId,
          stocked_quantity: quantity,
        },
      ],
    },
  })
}
