import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export interface SetCartMetadataKeyInput {
  cart_id: string
  key: string
  value: unknown
}

/** Sets one key of the cart's metadata, keeping the others; compensation restores the old set. */
export const setCartMetadataKeyStep = createStep(
  "set-cart-metadata-key",
  async (input: SetCartMetadataKeyInput, { container }) => {
    const cartModule = container.resolve(Modules.CART)
    const cart = await cartModule.retrieveCart(input.cart_id, { select: ["id", "metadata"] })
    const previous = cart.metadata ?? {}
    const updated = await cartModule.updateCarts(input.cart_id, {
      metadata: { ...previous, [input.key]: input.value },
    })
    return new StepResponse(updated.metadata ?? {}, { id: input.cart_id, metadata: previous })
  },
  async (previous, { container }) => {
    if (!previous) return
    const cartModule = container.resolve(Modules.CART)
    await cartModule.updateCarts(previous.id, { metadata: previous.metadata })
  }
)
