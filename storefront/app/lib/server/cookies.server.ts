import { createCookie } from "react-router"

const base = {
  path: "/",
  httpOnly: true,
  sameSite: "lax" as const,
  // Behind HTTPS set STOREFRONT_SECURE_COOKIES=1 (plain-HTTP installs would lose the cart otherwise).
  secure: process.env.STOREFRONT_SECURE_COOKIES === "1",
}

/** The visitor's cart id (Medusa cart ids are unguessable; nothing else identifies the cart). */
export const cartCookie = createCookie("ocop_cart", { ...base, maxAge: 60 * 60 * 24 * 30 })

/** Number of items in the cart, so every page can show it without asking the backend. */
export const cartCountCookie = createCookie("ocop_cart_count", {
  ...base,
  maxAge: 60 * 60 * 24 * 30,
})

/** A signed-in customer's Medusa token. */
export const customerCookie = createCookie("ocop_customer", { ...base, maxAge: 60 * 60 * 24 * 7 })

export async function readCookie(
  cookie: ReturnType<typeof createCookie>,
  request: Request
): Promise<string | null> {
  const value: unknown = await cookie.parse(request.headers.get("cookie"))
  return typeof value === "string" && value.length > 0 ? value : null
}

export async function readCartCount(request: Request): Promise<number> {
  const value: unknown = await cartCountCookie.parse(request.headers.get("cookie"))
  const count = Number(value)
  return Number.isSafeInteger(count) && count > 0 ? count : 0
}
