import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AvailableStock } from "../utils/stock-exceptions"

export interface TakePosStockInput {
  location_id: string
  /** Units each inventory item leaves the location with (the whole batch, summed per item). */
  units: { inventory_item_id: string; quantity: number }[]
}

interface Taken {
  location_id: string
  units: { inventory_item_id: string; quantity: number }[]
  /** Levels this step created (items the location never stocked), removed again on undo. */
  created: { id: string; inventory_item_id: string }[]
}

/** The same keys adjustInventoryLevelsStep and Medusa's reservations lock an item's stock under. */
const lockKeys = (units: { inventory_item_id: string }[]) =>
  [...new Set(units.map((unit) => unit.inventory_item_id))].sort()

async function moveStock(
  container: MedusaContainer,
  locationId: string,
  units: { inventory_item_id: string; quantity: number }[],
  sign: -1 | 1
): Promise<{ available: AvailableStock; created: Taken["created"] }> {
  const inventory = container.resolve(Modules.INVENTORY)
  const ids = units.map((unit) => unit.inventory_item_id)
  const levels = await inventory.listInventoryLevels(
    { inventory_item_id: ids, location_id: locationId },
    { select: ["id", "inventory_item_id", "stocked_quantity", "reserved_quantity"] }
  )
  const available: AvailableStock = {}
  const stocked = new Map<string, number>()
  for (const level of levels) {
    stocked.set(level.inventory_item_id, Number(level.stocked_quantity))
    available[level.inventory_item_id] =
      Number(level.stocked_quantity) - Number(level.reserved_quantity)
  }
  // A register may sell an item its location never stocked (it came in a box from the
  // warehouse and nobody recorded the transfer): it gets a level there, taken below zero.
  const missing = units.filter((unit) => !stocked.has(unit.inventory_item_id))
  const created = missing.length
    ? await inventory.createInventoryLevels(
        missing.map((unit) => ({
          inventory_item_id: unit.inventory_item_id,
          location_id: locationId,
          stocked_quantity: sign * unit.quantity,
        }))
      )
    : []
  const present = units.filter((unit) => stocked.has(unit.inventory_item_id))
  if (present.length) {
    await inventory.updateInventoryLevels(
      present.map((unit) => ({
        inventory_item_id: unit.inventory_item_id,
        location_id: locationId,
        stocked_quantity: (stocked.get(unit.inventory_item_id) ?? 0) + sign * unit.quantity,
      }))
    )
  }
  return {
    available,
    created: created.map((level) => ({ id: level.id, inventory_item_id: level.inventory_item_id })),
  }
}

/**
 * Stock leaves the register's location: one read and one bulk update for the whole batch, under
 * the items' locks (no reservation: a reservation refuses to go below zero, and goods that left
 * with a paying customer must be recorded even then). Returns what was available before, from
 * which each sale's stock exceptions are worked out in order.
 */
export const takePosStockStep = createStep(
  "take-pos-stock",
  async (input: TakePosStockInput, { container }) => {
    if (input.units.length === 0) {
      return new StepResponse<AvailableStock, Taken>({}, { ...input, created: [] })
    }
    const locking = container.resolve(Modules.LOCKING)
    const { available, created } = await locking.execute(lockKeys(input.units), () =>
      moveStock(container, input.location_id, input.units, -1)
    )
    return new StepResponse<AvailableStock, Taken>(available, { ...input, created })
  },
  async (taken, { container }) => {
    if (!taken?.units.length) return
    const locking = container.resolve(Modules.LOCKING)
    await locking.execute(lockKeys(taken.units), async () => {
      if (taken.created.length) {
        await container
          .resolve(Modules.INVENTORY)
          .deleteInventoryLevels(taken.created.map((level) => level.id))
      }
      const fresh = new Set(taken.created.map((level) => level.inventory_item_id))
      const restored = taken.units.filter((unit) => !fresh.has(unit.inventory_item_id))
      if (restored.length) await moveStock(container, taken.location_id, restored, 1)
    })
  }
)
