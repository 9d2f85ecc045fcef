import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"

/** One reservation of an order line at one location. */
interface ReservationSpec {
  line_item_id: string
  inventory_item_id: string
  location_id: string
  quantity: number
  allow_backorder: boolean
}

/** A reservation re-made at another location (kept for compensation). */
export interface ReservationMove {
  from: ReservationSpec & { reservation_id: string }
  to: ReservationSpec & { reservation_id: string }
}

async function remake(
  container: MedusaContainer,
  remove: string[],
  create: ReservationSpec[]
): Promise<{ id: string }[]> {
  const inventory = container.resolve(Modules.INVENTORY)
  // create first: if the new location refuses, nothing has been released yet
  const created = await inventory.createReservationItems(create)
  if (remove.length > 0) await inventory.deleteReservationItems(remove)
  return created
}

interface OrderForReservations {
  id: string
  items?: ({ id: string } | null)[] | null
  shipping_methods?: ({ shipping_option_id?: string | null } | null)[] | null
}

/**
 * The stock location that fulfils an order: the location of the fulfillment set behind its
 * shipping option — the chosen store for "Nhận tại Cửa hàng OCOP số 1/2", the warehouse for home
 * delivery. Null when the order has no shipping method (nothing to move).
 */
export async function fulfillmentLocationOf(
  container: MedusaContainer,
  order: OrderForReservations
): Promise<{ id: string; name: string } | null> {
  const optionIds = (order.shipping_methods ?? []).flatMap((method) =>
    method?.shipping_option_id ? [method.shipping_option_id] : []
  )
  if (optionIds.length === 0) return null
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "shipping_option",
    fields: [
      "id",
      "service_zone.fulfillment_set.location.id",
      "service_zone.fulfillment_set.location.name",
    ],
    filters: { id: optionIds },
  })
  const locations = new Map<string, string>()
  for (const option of data) {
    const location = option.service_zone?.fulfillment_set?.location
    if (location?.id) locations.set(location.id, location.name)
  }
  if (locations.size > 1) {
    // one order, one place it leaves from: Medusa's cart allows one method per shipping profile
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "An order can be picked up or delivered from one place only"
    )
  }
  const [entry] = locations.entries()
  return entry ? { id: entry[0], name: entry[1] } : null
}

/**
 * Medusa 2.21 reserves an order's stock at any location of its sales channel that has the quantity
 * (prepare-confirm-inventory-input), whatever option the buyer chose. This moves every reservation
 * of the order to the location that fulfils it, after checking that location has the goods; it
 * refuses (and nothing is moved) when it has not. Returns the moves, for compensation.
 */
export async function moveReservationsToFulfillmentLocation(
  container: MedusaContainer,
  orderId: string
): Promise<ReservationMove[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const inventory = container.resolve(Modules.INVENTORY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "items.id", "shipping_methods.shipping_option_id"],
    filters: { id: orderId },
  })
  const order = data[0] as OrderForReservations | undefined
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${orderId} not found`)
  const target = await fulfillmentLocationOf(container, order)
  const lineIds = (order.items ?? []).flatMap((item) => (item ? [item.id] : []))
  if (!target || lineIds.length === 0) return []

  const reservations = await inventory.listReservationItems({ line_item_id: lineIds })
  const misplaced = reservations.filter((reservation) => reservation.location_id !== target.id)
  if (misplaced.length === 0) return []

  // Reserved elsewhere means not reserved here: the target must have it all available.
  const needed = new Map<string, number>()
  for (const reservation of misplaced) {
    needed.set(
      reservation.inventory_item_id,
      (needed.get(reservation.inventory_item_id) ?? 0) + Number(reservation.quantity)
    )
  }
  const levels = await inventory.listInventoryLevels({
    inventory_item_id: [...needed.keys()],
    location_id: target.id,
  })
  for (const [inventoryItemId, quantity] of needed) {
    const level = levels.find((candidate) => candidate.inventory_item_id === inventoryItemId)
    const available = level ? Number(level.stocked_quantity) - Number(level.reserved_quantity) : 0
    if (available < quantity) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `${target.name} không đủ hàng cho đơn này (còn ${Math.max(0, available)}, cần ${quantity}). Vui lòng chọn nơi nhận khác. / ${target.name} does not have enough stock for this order.`
      )
    }
  }
  // Re-made rather than updated: 2.21's updateReservationItems moves the reservation but leaves
  // the old location's reserved_quantity raised (it adjusts only the new location's level).
  const specs = misplaced.map((reservation) => ({
    line_item_id: reservation.line_item_id ?? "",
    inventory_item_id: reservation.inventory_item_id,
    location_id: target.id,
    quantity: Number(reservation.quantity),
    allow_backorder: Boolean(reservation.allow_backorder),
  }))
  const created = await remake(
    container,
    misplaced.map((reservation) => reservation.id),
    specs
  )
  return misplaced.map((reservation, index) => ({
    from: {
      reservation_id: reservation.id,
      line_item_id: reservation.line_item_id ?? "",
      inventory_item_id: reservation.inventory_item_id,
      location_id: reservation.location_id,
      quantity: Number(reservation.quantity),
      allow_backorder: Boolean(reservation.allow_backorder),
    },
    to: { ...(specs[index] as ReservationSpec), reservation_id: created[index]?.id ?? "" },
  }))
}

/** Puts moved reservations back where Medusa had placed them. */
export async function restoreReservations(
  container: MedusaContainer,
  moves: ReservationMove[]
): Promise<void> {
  if (moves.length === 0) return
  const inventory = container.resolve(Modules.INVENTORY)
  const existing = await inventory.listReservationItems({
    id: moves.map((move) => move.to.reservation_id),
  })
  const present = new Set(existing.map((reservation) => reservation.id))
  const back = moves.filter((move) => present.has(move.to.reservation_id))
  if (back.length === 0) return
  await remake(
    container,
    back.map((move) => move.to.reservation_id),
    back.map(({ from: { reservation_id: _id, ...spec } }) => spec)
  )
}
