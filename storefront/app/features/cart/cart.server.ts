import type { HttpTypes } from "@medusajs/types"
import type { OcopClient } from "@ocop/sdk"
import { cartCookie, cartCountCookie, readCookie } from "../../lib/server/cookies.server"

export type StoreCart = HttpTypes.StoreCart

/** Everything the cart, checkout and header need from a cart, in one request. */
export const CART_FIELDS = [
  "id",
  "email",
  "region_id",
  "currency_code",
  "completed_at",
  "total",
  "subtotal",
  "item_total",
  "item_subtotal",
  "shipping_total",
  "tax_total",
  "discount_total",
  "metadata",
  "*items",
  "items.product.handle",
  "items.variant.inventory_quantity",
  "*shipping_address",
  "*shipping_methods",
  "*payment_collection",
  "*payment_collection.payment_sessions",
].join(",")

/** The visitor's open cart, or null (none yet, completed, or gone from the backend). */
export async function currentCart(
  request: Request,
  backend: OcopClient
): Promise<StoreCart | null> {
  const cartId = await readCookie(cartCookie, request)
  if (!cartId) return null
  try {
    const { cart } = await backend.medusa.store.cart.retrieve(cartId, { fields: CART_FIELDS })
    return cart.completed_at ? null : cart
  } catch (error) {
    if (error instanceof Error && "status" in error && error.status === 404) return null
    throw error
  }
}

export async function ensureCart(request: Request, backend: OcopClient): Promise<StoreCart> {
  const existing = await currentCart(request, backend)
  if (existing) return existing
  // The publishable key names exactly one sales channel (the web store): Medusa assigns it.
  const { cart } = await backend.medusa.store.cart.create({}, { fields: CART_FIELDS })
  return cart
}

export function itemCount(cart: Pick<StoreCart, "items"> | null): number {
  return (cart?.items ?? []).reduce((sum, item) => sum + (item?.quantity ?? 0), 0)
}

/** Cookies that follow a cart change: its id and the count the header shows. */
export async function cartCookies(cart: StoreCart | null): Promise<Headers> {
  const headers = new Headers()
  if (cart) {
    headers.append("Set-Cookie", await cartCookie.serialize(cart.id))
    headers.append("Set-Cookie", await cartCountCookie.serialize(String(itemCount(cart))))
  } else {
    headers.append("Set-Cookie", await cartCookie.serialize("", { maxAge: 0 }))
    headers.append("Set-Cookie", await cartCountCookie.serialize("", { maxAge: 0 }))
  }
  return headers
}
