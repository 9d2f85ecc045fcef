import type { MedusaContainer } from "@medusajs/framework/types"
import { BigNumber, PaymentSessionStatus } from "@medusajs/framework/utils"
import { resolveCodProvider } from "../../../modules/cod-payment/resolve"
import { checkoutViolation } from "./checkout-rules"
import { alcoholFactsByProduct } from "./product-alcohol"

// The statuses completeCartWorkflow will complete with (validateCartPaymentsStep).
const PROCESSABLE = new Set<string>([
  PaymentSessionStatus.PENDING,
  PaymentSessionStatus.REQUIRES_MORE,
  PaymentSessionStatus.AUTHORIZED,
  PaymentSessionStatus.CAPTURED,
  PaymentSessionStatus.PENDING_AUTHORIZATION,
])

export interface CartForRules {
  id: string
  total?: unknown
  metadata?: Record<string, unknown> | null
  items?: Array<{ product_id?: string | null } | null> | null
  payment_collection?: {
    payment_sessions?: Array<{ provider_id: string; status: string } | null> | null
  } | null
}

/** The first checkout rule the cart breaks (Vietnamese / English message), or null. */
export async function cartCheckoutViolation(
  container: MedusaContainer,
  cart: CartForRules
): Promise<string | null> {
  const items = (cart.items ?? []).filter((item) => item !== null)
  const facts = await alcoholFactsByProduct(
    container,
    items.map((item) => item.product_id)
  )
  const lines = items.map((item) => facts.get(item.product_id ?? "") ?? { is_alcohol: false })
  const providerIds = (cart.payment_collection?.payment_sessions ?? []).flatMap((session) =>
    session !== null && PROCESSABLE.has(session.status) ? [session.provider_id] : []
  )
  return checkoutViolation({
    lines,
    providerIds,
    total: Number(new BigNumber((cart.total ?? 0) as number).numeric),
    metadata: cart.metadata,
    codMaxOrderVnd: resolveCodProvider(container).maxOrderVnd(),
  })
}
