import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreAgeConfirmationResponse } from "@ocop/sdk"
import { recordAgeConfirmationWorkflow } from "../../../../../workflows/checkout/record-age-confirmation"
import type { StoreAgeConfirmation } from "../../validators"

/**
 * POST /store/carts/:id/age-confirmation {birth_date} or {confirmed_adult: true}.
 * Required before an alcohol cart can complete; an under-age birth date is refused (400).
 */
export async function POST(
  req: MedusaRequest<StoreAgeConfirmation>,
  res: MedusaResponse<StoreAgeConfirmationResponse>
) {
  const { result } = await recordAgeConfirmationWorkflow(req.scope).run({
    input: { cart_id: req.params.id as string, ...req.validatedBody },
  })
  res.json({ age_confirmation: result })
}
