import type { MedusaContainer } from "@medusajs/framework/types"
import { BigNumber, PaymentSessionStatus } from "@medusajs/framework/utils"
import { paymentProviderOptions } from "../../../config/provider-options"
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
  const session = (cart.payment_collection?.payment_sessions ?? []).find(
    (candidate) => candidate !== null && PROCESSABLE.has(candidate.status)
  )
  const codOptions = paymentProviderOptions(container, "cod")
  return checkoutViolation({
    lines,
    providerId: session?.provider_id ?? null,
    total: Number(new BigNumber((cart.total ?? 0) as number).numeric),
    metadata: cart.metadata,
    codMaxOrderVnd: Number(codOptions?.maxOrderVnd ?? Number.POSITIVE_INFINITY),
  })
}
