import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  type DiscountableState,
  discountableChanges,
  promotionBannedProducts,
} from "../utils/promotion-ban"

async function writeDiscountable(container: MedusaContainer, states: DiscountableState[]) {
  const products = container.resolve(Modules.PRODUCT)
  for (const { id, discountable, metadata } of states) {
    await products.updateProducts(id, { discountable, metadata })
  }
}

/**
 * Brings the products' `discountable` in step with their OCOP alcohol facts; returns what changed
 * and what it was before (for compensation).
 */
export async function syncProductDiscountable(
  container: MedusaContainer,
  productIds: readonly string[]
): Promise<{ changes: DiscountableState[]; previous: DiscountableState[] }> {
  if (productIds.length === 0) return { changes: [], previous: [] }
  const [current, banned] = await Promise.all([
    container
      .resolve(Modules.PRODUCT)
      .listProducts({ id: [...productIds] }, { select: ["id", "discountable", "metadata"] }),
    promotionBannedProducts(container, productIds),
  ])
  const states = current as DiscountableState[]
  const changes = discountableChanges(states, banned)
  const previous = states.filter((state) => changes.some((change) => change.id === state.id))
  await writeDiscountable(container, changes)
  return { changes, previous }
}

/** Puts back what syncProductDiscountable changed. */
export async function restoreDiscountable(
  container: MedusaContainer,
  previous: DiscountableState[] | undefined
): Promise<void> {
  if (previous?.length) await writeDiscountable(container, previous)
}

/**
 * Keeps Medusa's product `discountable` in step with the OCOP alcohol facts (≥ 15 % ABV → false),
 * so that every later line of the product, in a cart, a draft order or the till, starts out of
 * every promotion's reach.
 */
export const syncProductDiscountableStep = createStep(
  "sync-ocop-product-discountable",
  async (input: { product_ids: string[] }, { container }) => {
    const { changes, previous } = await syncProductDiscountable(container, input.product_ids)
    return new StepResponse(changes, previous)
  },
  (previous, { container }) => restoreDiscountable(container, previous)
)
