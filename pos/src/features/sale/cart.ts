import { discountNeedsApproval, type PricedSale, priceSale, type Result } from "@ocop/core"
import type { PosCatalogItem, PosDiscount, PosSaleInput } from "@ocop/sdk"

export interface CartLine {
  lineId: string
  /** The catalog row as it was when rung up: the price the customer was shown stays. */
  item: PosCatalogItem
  quantity: number
  discount: PosDiscount | null
}

export interface Cart {
  lines: CartLine[]
  orderDiscount: PosDiscount | null
  /** Manager who approved the discounts as they stand (cleared by any later discount change). */
  discountApprovedBy: string | null
  ageCheck: { checked_by: string; checked_at: string } | null
  customer: { phone: string | null; name: string | null } | null
  einvoice: NonNullable<PosSaleInput["einvoice"]> | null
}

export const emptyCart: Cart = {
  lines: [],
  orderDiscount: null,
  discountApprovedBy: null,
  ageCheck: null,
  customer: null,
  einvoice: null,
}

export type CartAction =
  | { type: "add"; item: PosCatalogItem; lineId: string }
  | { type: "set_quantity"; lineId: string; quantity: number }
  | { type: "remove"; lineId: string }
  | { type: "line_discount"; lineId: string; discount: PosDiscount | null; approvedBy?: string }
  | { type: "order_discount"; discount: PosDiscount | null; approvedBy?: string }
  | { type: "age_checked"; clerkId: string; at: string }
  | { type: "customer"; customer: Cart["customer"] }
  | { type: "einvoice"; einvoice: Cart["einvoice"] }
  /** The buyer could not show they are 18: every alcohol line leaves the sale. */
  | { type: "remove_age_restricted" }
  | { type: "restore"; cart: Cart }
  | { type: "clear" }

export const MAX_LINE_QUANTITY = 9_999

/**
 * The cart as a pure reducer. Scanning the same product again adds one to its undiscounted
 * line; a discounted line stays as approved and a new line starts.
 */
export function cartReducer(cart: Cart, action: CartAction): Cart {
  switch (action.type) {
    case "add": {
      const existing = cart.lines.find(
        (line) => line.item.variant_id === action.item.variant_id && line.discount === null
      )
      if (existing) {
        return cartReducer(cart, {
          type: "set_quantity",
          lineId: existing.lineId,
          quantity: existing.quantity + 1,
        })
      }
      const line: CartLine = {
        lineId: action.lineId,
        item: action.item,
        quantity: 1,
        discount: null,
      }
      return { ...cart, lines: [...cart.lines, line] }
    }
    case "set_quantity": {
      if (action.quantity <= 0) return cartReducer(cart, { type: "remove", lineId: action.lineId })
      const quantity = Math.min(MAX_LINE_QUANTITY, Math.floor(action.quantity))
      return {
        ...cart,
        lines: cart.lines.map((line) =>
          line.lineId === action.lineId ? { ...line, quantity } : line
        ),
      }
    }
    case "remove": {
      const lines = cart.lines.filter((line) => line.lineId !== action.lineId)
      const stillAlcohol = lines.some((line) => line.item.age_check_required)
      return {
        ...cart,
        lines,
        ageCheck: stillAlcohol ? cart.ageCheck : null,
        orderDiscount: lines.length ? cart.orderDiscount : null,
      }
    }
    case "line_discount":
      if (action.discount && action.discount.value > 0) {
        const target = cart.lines.find((line) => line.lineId === action.lineId)
        if (target?.item.promotion_banned) return cart
      }
      return {
        ...cart,
        discountApprovedBy: action.approvedBy ?? null,
        lines: cart.lines.map((line) =>
          line.lineId === action.lineId
            ? { ...line, discount: action.discount?.value ? action.discount : null }
            : line
        ),
      }
    case "order_discount":
      return {
        ...cart,
        discountApprovedBy: action.approvedBy ?? null,
        orderDiscount: action.discount?.value ? action.discount : null,
      }
    case "age_checked":
      return { ...cart, ageCheck: { checked_by: action.clerkId, checked_at: action.at } }
    case "customer":
      return { ...cart, customer: action.customer }
    case "einvoice":
      return { ...cart, einvoice: action.einvoice }
    case "remove_age_restricted":
      return {
        ...cart,
        lines: cart.lines.filter((line) => !line.item.age_check_required),
        ageCheck: null,
      }
    case "restore":
      return action.cart
    case "clear":
      return emptyCart
  }
}

export function priceCart(cart: Cart): Result<PricedSale> {
  return priceSale(
    cart.lines.map((line) => ({
      unitPrice: line.item.price,
      quantity: line.quantity,
      vatRatePercent: line.item.vat_rate_percent ?? 0,
      promotionBanned: line.item.promotion_banned,
      discount: line.discount,
    })),
    cart.orderDiscount
  )
}

/** What stands between the cart and the payment screen, in the order the clerk meets it. */
export type CartBlocker = "empty" | "age_check" | "discount_approval" | "invalid"

export function cartBlocker(cart: Cart, approvalThresholdPercent: number): CartBlocker | null {
  if (!cart.lines.length) return "empty"
  const priced = priceCart(cart)
  if (!priced.ok) return "invalid"
  if (cart.lines.some((line) => line.item.age_check_required) && !cart.ageCheck) {
    return "age_check"
  }
  if (discountNeedsApproval(priced.value, approvalThresholdPercent) && !cart.discountApprovedBy) {
    return "discount_approval"
  }
  return null
}

/**
 * Would this discount, applied to the cart, go above the register's threshold? Asked before
 * applying it, so the dialog can ask for a manager's PIN first.
 */
export function discountWouldNeedApproval(
  cart: Cart,
  change: { lineId: string; discount: PosDiscount | null } | { order: PosDiscount | null },
  thresholdPercent: number
): boolean {
  const next =
    "order" in change
      ? cartReducer(cart, { type: "order_discount", discount: change.order })
      : cartReducer(cart, {
          type: "line_discount",
          lineId: change.lineId,
          discount: change.discount,
        })
  const priced = priceCart(next)
  return priced.ok && discountNeedsApproval(priced.value, thresholdPercent)
}

export function itemCount(cart: Cart): number {
  return cart.lines.reduce((sum, line) => sum + line.quantity, 0)
}
