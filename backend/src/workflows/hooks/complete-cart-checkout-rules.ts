import { MedusaError } from "@medusajs/framework/utils"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { type CartForRules, cartCheckoutViolation } from "../checkout/utils/cart-checkout-violation"

/**
 * The authoritative check, run by Medusa before the order is created and the payment authorized:
 * whatever the storefront shows, an alcohol cart cannot complete with cash on delivery or without
 * the age confirmation, and COD stays under its ceiling.
 */
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  const violation = await cartCheckoutViolation(container, cart as unknown as CartForRules)
  if (violation) throw new MedusaError(MedusaError.Types.INVALID_DATA, violation)
})
