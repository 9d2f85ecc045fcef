import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"

export interface CompleteCartForTransferInput {
  cart_id: string
}

export interface CompleteCartForTransferResult {
  order_id: string | null
  /** Medusa's reason when the cart cannot become an order (age check, stock…). */
  error: string | null
}

function messageOf(error: unknown): string {
  if (error && typeof error === "object" && "message" in error) return String(error.message)
  return String(error)
}

/**
 * A transfer arrived for a cart the customer has not completed yet: place the order first, with
 * the session still unpaid, exactly as the customer's own "complete" would (hooks, stock,
 * age check). The transfer is sealed and captured only after, so a cart that cannot complete
 * authorizes nothing and Medusa has nothing to refund.
 *
 * The confirmation already holds the cart's lock; completeCartWorkflow's own lock step skips
 * itself when run under a parent step, as it does inside runAsStep. It runs here instead of
 * runAsStep because its refusal is an answer (the transfer waits for staff with Medusa's
 * message), not a failure to roll back.
 *
 * No compensation: the placed order is the customer's, the same order their own completion would
 * have placed; if paying it fails later, it waits for payment like any unpaid VietQR order.
 */
export const completeCartForTransferStep = createStep(
  "complete-cart-for-vietqr-transfer",
  async (input: CompleteCartForTransferInput, { container, idempotencyKey }) => {
    const { result, errors } = await completeCartWorkflow(container).run({
      input: { id: input.cart_id },
      context: { parentStepIdempotencyKey: idempotencyKey },
      throwOnError: false,
    })
    const failure = errors[0]?.error
    const outcome: CompleteCartForTransferResult =
      failure || !result?.id
        ? { order_id: null, error: messageOf(failure ?? "The cart did not become an order") }
        : { order_id: result.id, error: null }
    return new StepResponse(outcome)
  }
)
