import { redirect } from "react-router"
import { localePath } from "../../lib/paths"
import { backendFor, backendRefusal } from "../../lib/server/backend.server"
import { cartCookie, customerCookie, readCookie } from "../../lib/server/cookies.server"
import type { PageContext } from "../../lib/server/page.server"

export interface AccountFailure {
  error: "credentials" | "exists" | "invalid"
  email: string
}

/** Signed in: the token in an httpOnly cookie, and the visitor's open cart becomes the customer's. */
async function signIn(request: Request, ctx: PageContext, token: string) {
  const backend = backendFor({
    locale: ctx.locale,
    customerToken: token,
    clientAddress: ctx.clientAddress,
  })
  const cartId = await readCookie(cartCookie, request)
  if (cartId) {
    // a cart that is gone or taken is no reason to refuse the sign-in
    await backend.medusa.store.cart.transferCart(cartId).catch(() => undefined)
  }
  return redirect(localePath(ctx.locale, "/account"), {
    headers: { "Set-Cookie": await customerCookie.serialize(token) },
  })
}

function fields(form: FormData) {
  const text = (name: string) =>
    String(form.get(name) ?? "")
      .trim()
      .normalize("NFC")
  return {
    email: text("email").toLowerCase(),
    password: String(form.get("password") ?? ""),
    firstName: text("first_name"),
    lastName: text("last_name"),
  }
}

export async function login(
  request: Request,
  ctx: PageContext
): Promise<AccountFailure | Response> {
  const { email, password } = fields(await request.formData())
  try {
    const token = await backendFor({
      locale: ctx.locale,
      clientAddress: ctx.clientAddress,
    }).medusa.auth.login("customer", "emailpass", {
      email,
      password,
    })
    if (typeof token !== "string") return { error: "credentials", email }
    return await signIn(request, ctx, token)
  } catch (error) {
    if (backendRefusal(error)) return { error: "credentials", email }
    throw error
  }
}

export async function register(
  request: Request,
  ctx: PageContext
): Promise<AccountFailure | Response> {
  const { email, password, firstName, lastName } = fields(await request.formData())
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || password.length < 8 || !firstName) {
    return { error: "invalid", email }
  }
  const medusa = backendFor({ locale: ctx.locale, clientAddress: ctx.clientAddress }).medusa
  try {
    const registration = await medusa.auth.register("customer", "emailpass", { email, password })
    await medusa.store.customer.create(
      { email, first_name: firstName, last_name: lastName || undefined },
      {},
      { authorization: `Bearer ${registration}` }
    )
    // a fresh login: the registration token has no customer attached yet
    const token = await medusa.auth.login("customer", "emailpass", { email, password })
    if (typeof token !== "string") return { error: "credentials", email }
    return await signIn(request, ctx, token)
  } catch (error) {
    const refusal = backendRefusal(error)
    if (refusal) return { error: refusal.status === 401 ? "exists" : "invalid", email }
    throw error
  }
}

export async function logout(ctx: PageContext) {
  return redirect(localePath(ctx.locale, "/"), {
    headers: { "Set-Cookie": await customerCookie.serialize("", { maxAge: 0 }) },
  })
}

export interface AccountView {
  name: string
  email: string
  orders: { id: string; displayId: number; createdAt: string; total: number; status: string }[]
}

export async function loadAccount(ctx: PageContext): Promise<AccountView | null> {
  if (!ctx.customerToken) return null
  try {
    const [{ customer }, { orders }] = await Promise.all([
      ctx.backend.medusa.store.customer.retrieve(),
      ctx.backend.medusa.store.order.list({
        limit: 20,
        order: "-created_at",
        fields: "id,display_id,created_at,total,status",
      }),
    ])
    return {
      name: [customer.first_name, customer.last_name].filter(Boolean).join(" "),
      email: customer.email,
      orders: orders.map((order) => ({
        id: order.id,
        displayId: order.display_id ?? 0,
        createdAt: String(order.created_at),
        total: Math.round(Number(order.total ?? 0)),
        status: order.status,
      })),
    }
  } catch (error) {
    // an expired token: signed out
    if (backendRefusal(error)?.status === 401) return null
    throw error
  }
}
