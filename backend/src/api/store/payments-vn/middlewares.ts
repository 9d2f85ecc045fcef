import {
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
  validateAndTransformBody,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { codAllowedFor } from "@ocop/core"
import { CASH_PAYMENT_PROVIDER_IDS } from "../../../config/payment-providers"
import { CHECKOUT_MESSAGES } from "../../../workflows/checkout/utils/checkout-rules"
import { alcoholFactsByProduct } from "../../../workflows/checkout/utils/product-alcohol"
import { StoreAgeConfirmationSchema, StoreEinvoiceRequestSchema } from "./validators"

/**
 * Refuses a cash payment session for an alcohol cart as soon as the customer picks it, so the
 * storefront can say why at the payment step. completeCartWorkflow's validate hook enforces the
 * same rule again at completion, which is the check that cannot be bypassed.
 */
async function refuseCashForAlcohol(
  req: MedusaRequest<{ provider_id?: unknown }>,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const providerId = req.body?.provider_id
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
    matcher: "/store/payments-vn/carts/:id/age-confirmation",
    middlewares: [validateAndTransformBody(StoreAgeConfirmationSchema)],
  },
  {
    method: ["POST"],
    matcher: "/store/payments-vn/carts/:id/einvoice-request",
    middlewares: [validateAndTransformBody(StoreEinvoiceRequestSchema)],
  },
  {
    method: ["POST"],
    matcher: "/store/payment-collections/:id/payment-sessions",
    middlewares: [refuseCashForAlcohol],
  },
]
