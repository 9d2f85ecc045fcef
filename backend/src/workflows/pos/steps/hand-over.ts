import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export interface HandOverItem {
  line_item_id: string
  title: string
  sku: string | null
  barcode: string | null
  quantity: number
  inventory_item_id: string | null
}

export interface HandOverOrder {
  order_id: string
  pos_sale_id: string
  items: HandOverItem[]
}

export interface HandOverAtCounterInput {
  location_id: string
  orders: HandOverOrder[]
}

export interface HandedOver {
  order_id: string
  fulfillment_id: string
}

/** The manual provider Medusa ships: it only records; nothing is sent anywhere. */
const COUNTER_FULFILLMENT_PROVIDER = "manual_manual"

/**
 * The fulfillment module's own rows service. Its public createFulfillment takes one fulfillment
 * a call (an insert, a provider call, an update of what the provider answered and a serialize:
 * 4.3 of a 50-sale batch's 19 s on the shared machine); the manual provider answers nothing
 * (`data: {}`, no labels), so inserting the batch's fulfillments with their items at once leaves
 * the same rows. Not declared on IFulfillmentModuleService.
 */
interface FulfillmentRows {
  fulfillmentService_: {
    create(data: Record<string, unknown>[]): Promise<{ id: string }[]>
  }
}

async function undoFulfillments(container: MedusaContainer, ids: string[]) {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  for (const id of ids) {
    // A delivered fulfillment cannot be canceled: take the hand-over back first.
    await fulfillment.updateFulfillment(id, { shipped_at: null, delivered_at: null })
    await fulfillment.cancelFulfillment(id)
    await fulfillment.deleteFulfillment(id)
  }
}

/**
 * The goods left the counter with the customer: one fulfillment per order at the register's
 * location, packed, shipped and delivered at once (no address, nothing to ship), the batch's in
 * one insert (one transaction: all or none).
 */
export const handOverAtCounterStep = createStep(
  "pos-hand-over-at-counter",
  async (input: HandOverAtCounterInput, { container }) => {
    if (input.orders.length === 0) return new StepResponse<HandedOver[], string[]>([], [])
    const rows = (container.resolve(Modules.FULFILLMENT) as unknown as FulfillmentRows)
      .fulfillmentService_
    const now = new Date()
    const created = await rows.create(
      input.orders.map((order) => ({
        location_id: input.location_id,
        provider_id: COUNTER_FULFILLMENT_PROVIDER,
        delivery_address: {},
        items: order.items.map((item) => ({
          line_item_id: item.line_item_id,
          title: item.title,
          sku: item.sku ?? "",
          barcode: item.barcode ?? "",
          quantity: item.quantity,
          inventory_item_id: item.inventory_item_id ?? undefined,
        })),
        data: {},
        requires_shipping: false,
        packed_at: now,
        shipped_at: now,
        delivered_at: now,
        metadata: { pos_sale_id: order.pos_sale_id, handed_over_at_counter: true },
      }))
    )
    const ids = created.map((row) => row.id)
    if (ids.length !== input.orders.length) {
      await undoFulfillments(container, ids)
      throw new Error(`${ids.length} fulfillments created for ${input.orders.length} orders`)
    }
    const handed = input.orders.map((order, index) => ({
      order_id: order.order_id,
      fulfillment_id: ids[index] as string,
    }))
    return new StepResponse<HandedOver[], string[]>(handed, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) await undoFulfillments(container, ids)
  }
)

export interface MarkHandedOverInput {
  items: { id: string; quantity: number }[]
}

/**
 * The orders' items left with the customer: fulfilled, shipped and delivered in full, written on
 * the items (Medusa's updateOrderItem), one selector per quantity for the whole batch. Medusa's
 * registerFulfillment/registerDelivery would record the same through two order changes per
 * order at ~0.5 s an order, and a version of every item each. Nothing to undo here: a failure
 * later deletes the orders with their items.
 */
export const markHandedOverStep = createStep(
  "mark-pos-items-handed-over",
  async (input: MarkHandedOverInput, { container }) => {
    const byQuantity = new Map<number, string[]>()
    for (const item of input.items) {
      byQuantity.set(item.quantity, [...(byQuantity.get(item.quantity) ?? []), item.id])
    }
    if (byQuantity.size === 0) return new StepResponse(0)
    await container.resolve(Modules.ORDER).updateOrderItem(
      [...byQuantity].map(([quantity, itemIds]) => ({
        selector: { item_id: itemIds } as unknown as { item_id: string },
        data: {
          fulfilled_quantity: quantity,
          shipped_quantity: quantity,
          delivered_quantity: quantity,
        } as Record<string, number>,
      }))
    )
    return new StepResponse(input.items.length)
  }
)
