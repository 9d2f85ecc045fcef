import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { codAllowedFor } from "@ocop/core"
import {
  CASH_PAYMENT_PROVIDER_IDS,
  CHECKOUT_MESSAGES,
  SYSTEM_PAYMENT_PROVIDER_ID,
} from "../../../workflows/checkout/utils/checkout-rules"
import { alcoholFactsByProduct } from "../../../workflows/checkout/utils/product-alcohol"

/**
 * Refuses, as soon as the customer picks it, a payment the cart could not complete with: Medusa's
 * system provider (it takes no money) always, cash for an alcohol cart. The storefront can then
 * say why at the payment step; completeCartWorkflow's validate hook enforces the same rules again
 * at completion, which is the check that cannot be bypassed.
 */
async function refuseUnacceptablePayment(
  req: MedusaRequest<{ provider_id?: unknown }>,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const providerId = req.body?.provider_id
  if (providerId === SYSTEM_PAYMENT_PROVIDER_ID) {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, CHECKOUT_MESSAGES.noPayment))
  }
  if (typeof providerId !== "string" || !CASH_PAYMENT_PROVIDER_IDS.includes(providerId)) {
    return next()
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: "cart_payment_collection",
    fields: ["cart_id"],
    filters: { payment_collection_id: req.params.id as string },
  })
  const cartId = links[0]?.cart_id
  if (!cartId) return next()
  const { data: carts } = await query.graph({
    entity: "cart",
    fields: ["id", "items.product_id"],
    filters: { id: cartId },
  })
  const items = (carts[0]?.items ?? []) as Array<{ product_id?: string | null } | null>
  const facts = await alcoholFactsByProduct(
    req.scope,
    items.map((item) => item?.product_id)
  )
  if (!codAllowedFor([...facts.values()])) {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, CHECKOUT_MESSAGES.alcoholCash))
  }
  return next()
}

/** Store routes of the payments feature (Medusa checks the publishable key for /store). */
export const storePaymentsVnMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/payment-collections/:id/payment-sessions",
    middlewares: [refuseUnacceptablePayment],
  },
]
