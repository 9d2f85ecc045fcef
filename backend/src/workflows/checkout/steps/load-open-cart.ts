import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** The cart, refusing one that does not exist (404) or was already turned into an order. */
export const loadOpenCartStep = createStep(
  "load-open-cart",
  async (input: { cart_id: string }, { container }) => {
    const cartModule = container.resolve(Modules.CART)
    const [cart] = await cartModule.listCarts(
      { id: input.cart_id },
      { select: ["id", "metadata", "completed_at", "email"] }
    )
    if (!cart) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${input.cart_id} was not found`)
    }
    if (cart.completed_at) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Cart ${input.cart_id} is already completed`
      )
    }
    return new StepResponse({ id: cart.id, metadata: cart.metadata ?? null })
  }
)
