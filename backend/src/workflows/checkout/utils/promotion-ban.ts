import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { isPromotionBanned } from "@ocop/core"
import { alcoholFactsByProduct } from "./product-alcohol"

/**
 * Law 44/2019: no sales promotion for drinks of 15 % ABV or more. Medusa's promotion engine
 * leaves lines with is_discountable false alone, and new lines take that flag from the product's
 * `discountable`; these helpers keep both in step with the OCOP profile.
 */

/** Marks a product whose `discountable` we turned off for the ban (so lifting it turns it back on). */
export const PROMOTION_BAN_MARKER = "ocop_promotion_ban"

export const PROMOTION_BAN_MESSAGE =
  "Không được áp dụng khuyến mại cho đồ uống có cồn từ 15 % trở lên (Luật 44/2019/QH14): bỏ " +
  "khuyến mại hoặc dòng hàng này. / No promotion may apply to drinks of 15 % ABV or more " +
  "(Law 44/2019/QH14): remove the promotion or the line."

/** The products, among these, that no promotion may touch. */
export async function promotionBannedProducts(
  container: MedusaContainer,
  productIds: readonly (string | null | undefined)[]
): Promise<Set<string>> {
  const facts = await alcoholFactsByProduct(container, productIds)
  return new Set([...facts].filter(([, fact]) => isPromotionBanned(fact)).map(([id]) => id))
}

export interface DiscountableState {
  id: string
  discountable: boolean
  metadata: Record<string, unknown> | null
}

/**
 * The writes that bring products in step with the ban: a banned product that is discountable is
 * turned off and marked; a product whose ban was lifted is turned back on only if we had turned
 * it off (an admin's own `discountable: false` stays).
 */
export function discountableChanges(
  products: readonly DiscountableState[],
  banned: ReadonlySet<string>
): DiscountableState[] {
  const changes: DiscountableState[] = []
  for (const product of products) {
    const marked = product.metadata?.[PROMOTION_BAN_MARKER] === true
    if (banned.has(product.id)) {
      if (product.discountable) {
        changes.push({
          id: product.id,
          discountable: false,
          metadata: { ...product.metadata, [PROMOTION_BAN_MARKER]: true },
        })
      }
    } else if (marked) {
      const { [PROMOTION_BAN_MARKER]: _, ...rest } = product.metadata ?? {}
      changes.push({ id: product.id, discountable: true, metadata: rest })
    }
  }
  return changes
}

/** Line items as the promotion engine sees them; banned ones that it could still discount. */
export function discountableBannedLines<
  T extends { product_id?: string | null; is_discountable?: boolean | null },
>(items: readonly T[], banned: ReadonlySet<string>): T[] {
  return items.filter((item) => banned.has(item.product_id ?? "") && item.is_discountable !== false)
}

/**
 * Why a promotion may not apply to this draft order as it will be (pending edits included): a
 * line of a banned drink that the promotion engine could still discount. Null when it may.
 */
export async function draftOrderPromotionViolation(
  container: MedusaContainer,
  orderId: string
): Promise<string | null> {
  const previewed = await container.resolve(Modules.ORDER).previewOrderChange(orderId)
  const lines = (
    (previewed.items ?? []) as unknown as Array<{
      product_id?: string | null
      is_discountable?: boolean | null
    }>
  ).filter(Boolean)
  const banned = await promotionBannedProducts(
    container,
    lines.map((line) => line.product_id)
  )
  return discountableBannedLines(lines, banned).length > 0 ? PROMOTION_BAN_MESSAGE : null
}
