import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { draftOrderPromotionViolation } from "../../../workflows/checkout/utils/promotion-ban"

/**
 * Refuses a promotion code on a draft order with a still-discountable line of a drink at 15 % ABV
 * or more, before Medusa links the code: its workflow would stop at our compute hook, but its
 * compensation leaves the code linked to the draft (2.21).
 */
async function refusePromotionOnBannedLines(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const violation = await draftOrderPromotionViolation(req.scope, req.params.id as string).catch(
    // an unknown draft order: Medusa's route answers that
    () => null
  )
  if (violation) return next(new MedusaError(MedusaError.Types.NOT_ALLOWED, violation))
  return next()
}

/** Law 44/2019 on Medusa's own draft-order routes (draft orders skip every cart hook). */
export const adminDraftOrdersMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/draft-orders/:id/edit/promotions",
    middlewares: [refusePromotionOnBannedLines],
  },
]
