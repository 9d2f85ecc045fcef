import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { syncProductDiscountableStep } from "../checkout/steps/sync-product-discountable"
import {
  refreshOcopSearchKeysStep,
  upsertOcopProductProfileStep,
  validateOcopProductProfileStep,
} from "./steps/profile-steps"
import type { SetOcopProductProfileInput } from "./types"

/**
 * Creates or updates a product's OCOP profile, recomputes its search key and keeps the product's
 * `discountable` in step with its alcohol facts (no promotion at 15 % ABV or more).
 */
export const setOcopProductProfileWorkflow = createWorkflow(
  "set-ocop-product-profile",
  (input: SetOcopProductProfileInput) => {
    const data = validateOcopProductProfileStep(input)
    upsertOcopProductProfileStep(data)
    syncProductDiscountableStep({ product_ids: [input.product_id] })
    const refreshed = refreshOcopSearchKeysStep({ product_ids: [input.product_id] })
    const profile = transform({ refreshed }, ({ refreshed }) => refreshed[0])
    return new WorkflowResponse(profile)
  }
)

/** Recomputes search keys, e.g. after a product's title changed in the catalog. */
export const refreshOcopSearchKeysWorkflow = createWorkflow(
  "refresh-ocop-search-keys",
  (input: { product_ids: string[] }) => {
    const profiles = refreshOcopSearchKeysStep({ product_ids: input.product_ids })
    return new WorkflowResponse(profiles)
  }
)
