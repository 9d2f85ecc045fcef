import type { MedusaContainer } from "@medusajs/framework/types"
import { BigNumber, ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COD_PROVIDER_ID } from "../../../modules/cod-payment/options"

interface OrderForDelivery {
  id: string
  items?: Array<{ quantity: unknown; detail?: { delivered_quantity?: unknown } | null } | null>
  payment_collections?: Array<{
    payments?: Array<{
      id: string
      provider_id: string
      captured_at?: Date | string | null
      canceled_at?: Date | string | null
    } | null> | null
  } | null>
}

function whole(value: unknown): number {
  return Number(new BigNumber((value ?? 0) as number).numeric)
}

/**
 * The cash-on-delivery payments to capture now that a fulfillment was delivered: only once every
 * item of the order is delivered (the courier hands over the cash for the whole order; a partial
 * delivery waits, and staff can still capture by hand).
 */
export async function codPaymentsToCapture(
  container: MedusaContainer,
  fulfillmentId: string
): Promise<{ orderId: string | null; paymentIds: string[] }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: "order_fulfillment",
    fields: ["order_id"],
    filters: { fulfillment_id: fulfillmentId },
  })
  const orderId = links[0]?.order_id
  if (!orderId) return { orderId: null, paymentIds: [] }
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "items.quantity",
      "items.detail.delivered_quantity",
      "payment_collections.payments.id",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.canceled_at",
    ],
    filters: { id: orderId },
  })
  const order = data[0] as OrderForDelivery | undefined
  if (!order) return { orderId, paymentIds: [] }
  const items = (order.items ?? []).filter((item) => item !== null)
  const allDelivered =
    items.length > 0 &&
    items.every((item) => whole(item.detail?.delivered_quantity) >= whole(item.quantity))
  if (!allDelivered) return { orderId, paymentIds: [] }
  const paymentIds = (order.payment_collections ?? [])
    .flatMap((collection) => collection?.payments ?? [])
    .filter(
      (payment) =>
        payment !== null &&
        payment.provider_id === COD_PROVIDER_ID &&
        !payment.captured_at &&
        !payment.canceled_at
    )
    .map((payment) => (payment as { id: string }).id)
  return { orderId, paymentIds }
}
