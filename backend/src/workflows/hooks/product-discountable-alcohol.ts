import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import {
  restoreDiscountable,
  syncProductDiscountable,
} from "../checkout/steps/sync-product-discountable"

/**
 * An edit through Medusa's own product routes (`discountable: true` in the product form) cannot
 * reopen a drink of 15 % ABV or more to promotions: the OCOP rule is applied again right after,
 * in the same workflow.
 */
updateProductsWorkflow.hooks.productsUpdated(
  async ({ products }, { container }) => {
    const ids = ((products ?? []) as Array<{ id: string }>).map((product) => product.id)
    const { changes, previous } = await syncProductDiscountable(container, ids)
    return new StepResponse(changes, previous)
  },
  (previous, { container }) => restoreDiscountable(container, previous)
)
