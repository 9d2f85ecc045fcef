import { Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { updateCartPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { isPromotionBanned } from "@ocop/core"
import { alcoholFactsByProduct } from "../checkout/utils/product-alcohol"

interface PromotionCartItem {
  id: string
  product_id?: string | null
  is_discountable?: boolean
  [key: string]: unknown
}

/**
 * Law 44/2019: no sales promotion for drinks of 15 % ABV or more. Medusa's promotion engine skips
 * line items with is_discountable false, so for every promotion computation on a cart (codes,
 * automatic promotions, refreshes) the banned lines are handed to it as not discountable. The flag
 * is also saved on the line, so the order carries it into order edits and reports.
 */
updateCartPromotionsWorkflow.hooks.setPromotionContext(async ({ cart }, { container }) => {
  const items = ((cart as { items?: PromotionCartItem[] | null }).items ?? []).filter(Boolean)
  const facts = await alcoholFactsByProduct(
    container,
    items.map((item) => item.product_id)
  )
  const banned = items.filter((item) => {
    const product = facts.get(item.product_id ?? "")
    return product !== undefined && isPromotionBanned(product)
  })
  if (banned.length === 0) return new StepResponse({})

  const toFlag = banned.filter((item) => item.is_discountable !== false)
  if (toFlag.length > 0) {
    const cartModule = container.resolve(Modules.CART)
    await cartModule.updateLineItems(
      toFlag.map((item) => ({ id: item.id, is_discountable: false }))
    )
  }
  const bannedIds = new Set(banned.map((item) => item.id))
  return new StepResponse({
    items: items.map((item) =>
      bannedIds.has(item.id) ? { ...item, is_discountable: false } : item
    ),
  })
})
