import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  computeDraftOrderAdjustmentsWorkflow,
  createOrderWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  draftOrderPromotionViolation,
  PROMOTION_BAN_MESSAGE,
  promotionBannedProducts,
} from "../checkout/utils/promotion-ban"

interface DiscountedLine {
  product_id?: string | null
  adjustments?: Array<{ id: string } | null> | null
}

/**
 * Law 44/2019 on orders an admin builds (draft orders skip every cart hook). Product
 * `discountable` is kept in step with the OCOP profile, so new lines of a drink at 15 % ABV or
 * more start out of every promotion's reach; a line still discountable (added before the ABV was
 * recorded, or marked so by hand) makes any promotion on the draft order a refusal rather than a
 * discount the law forbids. The check runs on the draft as it will be, pending edits included.
 * (Adding a code is also refused before Medusa links it: see api/admin/draft-orders.)
 */
computeDraftOrderAdjustmentsWorkflow.hooks.setPromotionContext(async ({ order }, { container }) => {
  const { id, promotions } = order as { id: string; promotions?: unknown[] | null }
  if (!promotions?.length) return new StepResponse({})
  const violation = await draftOrderPromotionViolation(container, id)
  if (violation) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, violation)
  return new StepResponse({})
})

/**
 * Orders created in one go (POST /admin/draft-orders with promo codes, or any createOrderWorkflow
 * run): Medusa computes the promotions inside the workflow, so the check looks at the result and
 * a discounted banned line undoes the whole creation.
 */
createOrderWorkflow.hooks.orderCreated(async ({ order }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "items.product_id", "items.adjustments.id"],
    filters: { id: (order as { id: string }).id },
  })
  const lines = ((data[0]?.items ?? []) as DiscountedLine[]).filter(Boolean)
  const discounted = lines.filter((line) => (line.adjustments ?? []).length > 0)
  if (discounted.length === 0) return
  const banned = await promotionBannedProducts(
    container,
    discounted.map((line) => line.product_id)
  )
  if (discounted.some((line) => banned.has(line.product_id ?? ""))) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, PROMOTION_BAN_MESSAGE)
  }
})
