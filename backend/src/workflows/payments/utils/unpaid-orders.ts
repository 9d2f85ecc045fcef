import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { parsePaymentTtlHours, vietQrPaymentCutoff, vietQrPaymentDeadline } from "@ocop/core"
import type { AdminOrderPaymentDeadline } from "@ocop/sdk"
import { VIETQR_PROVIDER_ID } from "../../../modules/vietqr-payment/options"

export const PAYMENT_TTL_VARIABLE = "VIETQR_PAYMENT_TTL_HOURS"

/** VIETQR_PAYMENT_TTL_HOURS, or 24; a malformed value stops whoever reads it, with its name. */
export function vietQrPaymentTtlHours(env: NodeJS.ProcessEnv = process.env): number {
  const parsed = parsePaymentTtlHours(env[PAYMENT_TTL_VARIABLE])
  if (!parsed.ok) throw new Error(`${PAYMENT_TTL_VARIABLE} ${parsed.error}`)
  return parsed.value
}

/** The parts of an order that say whether it still waits for a VietQR transfer. */
interface OrderPaymentFacts {
  id: string
  status: string
  created_at: Date | string
  fulfillments?: Array<{ canceled_at?: Date | string | null } | null> | null
  payment_collections?: Array<{
    payment_sessions?: Array<{ provider_id: string } | null> | null
    payments?: Array<{ canceled_at?: Date | string | null } | null> | null
  } | null> | null
}

const ORDER_PAYMENT_FIELDS = [
  "id",
  "status",
  "created_at",
  "fulfillments.canceled_at",
  "payment_collections.payment_sessions.provider_id",
  "payment_collections.payments.canceled_at",
]

function paysByVietQr(order: OrderPaymentFacts): boolean {
  return (order.payment_collections ?? []).some((collection) =>
    (collection?.payment_sessions ?? []).some(
      (session) => session?.provider_id === VIETQR_PROVIDER_ID
    )
  )
}

/** A VietQR payment exists only once a transfer was confirmed (authorized, then captured). */
function hasLivePayment(order: OrderPaymentFacts): boolean {
  return (order.payment_collections ?? []).some((collection) =>
    (collection?.payments ?? []).some((payment) => payment && !payment.canceled_at)
  )
}

function hasFulfillment(order: OrderPaymentFacts): boolean {
  return (order.fulfillments ?? []).some((fulfillment) => fulfillment && !fulfillment.canceled_at)
}

/**
 * A checkout order still waiting for its VietQR transfer: placed, not cancelled, no payment, and
 * nothing shipped (goods that left were handed over on trust; staff decide those).
 */
export function awaitsVietQrTransfer(order: OrderPaymentFacts): boolean {
  return (
    order.status === "pending" &&
    paysByVietQr(order) &&
    !hasLivePayment(order) &&
    !hasFulfillment(order)
  )
}

async function loadOrders(
  container: MedusaContainer,
  filters: Record<string, unknown>,
  take?: number
): Promise<OrderPaymentFacts[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ORDER_PAYMENT_FIELDS,
    filters,
    ...(take ? { pagination: { take, order: { created_at: "ASC" } } } : {}),
  })
  return data as unknown as OrderPaymentFacts[]
}

/** Checkout orders' carts: the key their payment and completion lock on. */
async function cartIdsOf(container: MedusaContainer, orderIds: string[]) {
  if (orderIds.length === 0) return new Map<string, string>()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order_cart",
    fields: ["order_id", "cart_id"],
    filters: { order_id: orderIds },
  })
  return new Map(data.map((link) => [link.order_id as string, link.cart_id as string]))
}

export interface ExpiredVietQrOrder {
  order_id: string
  cart_id: string
}

/**
 * Checkout orders whose VietQR transfer did not come before the deadline, oldest first, at most
 * `limit` (the job comes back for the rest). Orders staff made (draft orders) have no cart, hold
 * no reservation and are left to staff.
 */
export async function findExpiredVietQrOrders(
  container: MedusaContainer,
  options: { now: Date; ttlHours: number; limit: number }
): Promise<ExpiredVietQrOrder[]> {
  const cutoff = vietQrPaymentCutoff(options.now, options.ttlHours)
  const orders = await loadOrders(
    container,
    { status: "pending", created_at: { $lt: cutoff } },
    options.limit
  )
  const expired = orders.filter(awaitsVietQrTransfer)
  const carts = await cartIdsOf(
    container,
    expired.map((order) => order.id)
  )
  return expired.flatMap((order) => {
    const cartId = carts.get(order.id)
    return cartId ? [{ order_id: order.id, cart_id: cartId }] : []
  })
}

/** Re-reads one order under its lock: does it still wait for its transfer past the deadline? */
export async function isExpiredVietQrOrder(
  container: MedusaContainer,
  orderId: string,
  options: { now: Date; ttlHours: number }
): Promise<boolean> {
  const [order] = await loadOrders(container, { id: orderId })
  if (!order || !awaitsVietQrTransfer(order)) return false
  return new Date(order.created_at) < vietQrPaymentCutoff(options.now, options.ttlHours)
}

/** What the admin order page shows about the unpaid-order deadline. */
export async function orderPaymentDeadline(
  container: MedusaContainer,
  orderId: string,
  ttlHours: number
): Promise<AdminOrderPaymentDeadline | null> {
  const [order] = await loadOrders(container, { id: orderId })
  if (!order) return null
  const placedAt = new Date(order.created_at)
  const carts = await cartIdsOf(container, [order.id])
  const applies = paysByVietQr(order) && carts.has(order.id)
  const state = !applies
    ? "not_applicable"
    : order.status === "canceled"
      ? "cancelled"
      : hasLivePayment(order)
        ? "paid"
        : "awaiting_payment"
  return {
    order_id: order.id,
    state,
    placed_at: placedAt.toISOString(),
    deadline: applies ? vietQrPaymentDeadline(placedAt, ttlHours).toISOString() : null,
    ttl_hours: ttlHours,
  }
}
