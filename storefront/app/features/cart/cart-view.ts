import type { HttpTypes } from "@medusajs/types"

/** A cart line as the pages show it (a small, serialisable slice of Medusa's line item). */
export interface CartLineView {
  id: string
  title: string
  variantTitle: string | null
  handle: string | null
  productId: string | null
  quantity: number
  unitPrice: number
  total: number
}

export interface CartView {
  id: string
  email: string | null
  lines: CartLineView[]
  itemCount: number
  itemTotal: number
  shippingTotal: number
  taxTotal: number
  total: number
}

const amount = (value: unknown): number => {
  const number = Number(value ?? 0)
  return Number.isFinite(number) ? Math.round(number) : 0
}

export function toCartView(cart: HttpTypes.StoreCart): CartView {
  const lines = (cart.items ?? []).map((item) => ({
    id: item.id,
    title: item.product_title ?? item.title,
    variantTitle: item.variant_title ?? null,
    handle: item.product_handle ?? item.product?.handle ?? null,
    productId: item.product_id ?? null,
    quantity: item.quantity,
    unitPrice: amount(item.unit_price),
    total: amount(item.total ?? amount(item.unit_price) * item.quantity),
  }))
  return {
    id: cart.id,
    email: cart.email ?? null,
    lines,
    itemCount: lines.reduce((sum, line) => sum + line.quantity, 0),
    itemTotal: amount(cart.item_total),
    shippingTotal: amount(cart.shipping_total),
    taxTotal: amount(cart.tax_total),
    total: amount(cart.total),
  }
}
