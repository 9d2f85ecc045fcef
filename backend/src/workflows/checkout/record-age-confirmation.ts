import { MedusaError } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { loadOpenCartStep } from "./steps/load-open-cart"
import { setCartMetadataKeyStep } from "./steps/set-cart-metadata-key"
import {
  AGE_CONFIRMATION_KEY,
  type AgeConfirmation,
  ageConfirmationFor,
} from "./utils/checkout-rules"

export interface RecordAgeConfirmationInput {
  cart_id: string
  birth_date?: string
  confirmed_adult?: true
}

const checkAgeStep = createStep(
  "check-alcohol-buyer-age",
  async (input: RecordAgeConfirmationInput) => {
    const outcome = ageConfirmationFor(input, new Date())
    if ("refused" in outcome) throw new MedusaError(MedusaError.Types.INVALID_DATA, outcome.refused)
    return new StepResponse<AgeConfirmation>(outcome)
  }
)

export const recordAgeConfirmationWorkflowId = "record-age-confirmation"

/**
 * Records on the cart that the buyer confirmed being an adult (birth date checked against
 * MIN_ALCOHOL_BUYER_AGE, or declared); completing an alcohol cart requires it. The record is
 * copied to the order's metadata when the cart completes.
 */
export const recordAgeConfirmationWorkflow = createWorkflow(
  recordAgeConfirmationWorkflowId,
  (input: RecordAgeConfirmationInput) => {
    const cart = loadOpenCartStep({ cart_id: input.cart_id })
    const confirmation = checkAgeStep(input)
    const update = transform({ cart, confirmation }, ({ cart, confirmation }) => ({
      cart_id: cart.id,
      key: AGE_CONFIRMATION_KEY,
      value: confirmation,
    }))
    setCartMetadataKeyStep(update)
    return new WorkflowResponse(confirmation)
  }
)
