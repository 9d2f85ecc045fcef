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

export interface HandOverAtCounterInput {
  order_id: string
  location_id: string
  pos_sale_id: string
  items: HandOverItem[]
}

/** The manual provider Medusa ships: it only records; nothing is sent anywhere. */
const COUNTER_FULFILLMENT_PROVIDER = "manual_manual"

async function undoFulfillment(container: MedusaContainer, id: string) {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  // A delivered fulfillment cannot be canceled: take the hand-over back first.
  await fulfillment.updateFulfillment(id, { shipped_at: null, delivered_at: null })
  await fulfillment.cancelFulfillment(id)
  await fulfillment.deleteFulfillment(id)
}

/**
 * The goods left the counter with the customer: one fulfillment at the register's location,
 * packed, shipped and delivered at once (no address, nothing to ship).
 */
export const handOverAtCounterStep = createStep(
  "pos-hand-over-at-counter",
  async (input: HandOverAtCounterInput, { container }) => {
    const now = new Date()
    const created = await container.resolve(Modules.FULFILLMENT).createFulfillment({
      location_id: input.location_id,
      provider_id: COUNTER_FULFILLMENT_PROVIDER,
      delivery_address: {},
      items: input.items.map((item) => ({
        line_item_id: item.line_item_id,
        title: item.title,
        sku: item.sku ?? "",
        barcode: item.barcode ?? "",
        quantity: item.quantity,
        inventory_item_id: item.inventory_item_id ?? undefined,
      })),
      labels: [],
      order: {},
      requires_shipping: false,
      packed_at: now,
      shipped_at: now,
      delivered_at: now,
      metadata: { pos_sale_id: input.pos_sale_id, handed_over_at_counter: true },
    })
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (id) await undoFulfillment(container, id)
  }
)

export interface EnsureLevelsInput {
  location_id: string
  inventory_item_ids: string[]
}

/**
 * A register may sell an item its location never stocked (it came in a box from the warehouse
 * and nobody recorded the transfer): give the item a level of 0 there so the sale can take it
 * below zero, which flags it for the manager. Compensation removes only the levels it created.
 */
export const ensurePosInventoryLevelsStep = createStep(
  "ensure-pos-inventory-levels",
  async (input: EnsureLevelsInput, { container }) => {
    if (input.inventory_item_ids.length === 0) return new StepResponse([], [])
    const inventory = container.resolve(Modules.INVENTORY)
    const levels = await inventory.listInventoryLevels(
      { inventory_item_id: input.inventory_item_ids, location_id: input.location_id },
      { select: ["inventory_item_id"] }
    )
    const present = new Set(levels.map((level) => level.inventory_item_id))
    const missing = [...new Set(input.inventory_item_ids)].filter((id) => !present.has(id))
    if (missing.length === 0) return new StepResponse([], [])
    const created = await inventory.createInventoryLevels(
      missing.map((id) => ({
        inventory_item_id: id,
        location_id: input.location_id,
        stocked_quantity: 0,
      }))
    )
    return new StepResponse(
      created.map((level) => level.id),
      created.map((level) => level.id)
    )
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve(Modules.INVENTORY).deleteInventoryLevels(ids)
  }
)
