import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { tooManyRequests } from "./answer"
import { clientAddress } from "./client-address"
import {
  type AbuseGuards,
  type AddressGuard,
  buyerKeys,
  signInAccount,
  type Verdict,
} from "./guards"
import { abuseGuards } from "./instance"

type Handler = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => Promise<void>

/** Runs a guard; a store failure goes to Medusa's error handler rather than hanging. */
const guarded =
  (guard: (req: MedusaRequest, res: MedusaResponse) => Promise<boolean>): Handler =>
  async (req, res, next) => {
    try {
      if (await guard(req, res)) next()
    } catch (error) {
      next(error)
    }
  }

const refuse = (
  req: MedusaRequest,
  res: MedusaResponse,
  verdict: Verdict,
  reason: Parameters<typeof tooManyRequests>[3]
) => {
  if (verdict.allowed) return true
  tooManyRequests(req, res, verdict.retryAfterMs, reason)
  return false
}

function perAddress(
  guards: AbuseGuards,
  guard: AddressGuard,
  reason: "requests" | "bank_notifications"
) {
  return guarded(async (req, res) =>
    refuse(req, res, await guard.attempt(clientAddress(req, guards.limits.trustProxy)), reason)
  )
}

/** POST /auth/{actor}/emailpass: per account (actor and email) and per client address. */
function signIn(guards: AbuseGuards) {
  return guarded(async (req, res) => {
    const body = req.body as { email?: unknown } | undefined
    const email = typeof body?.email === "string" ? body.email : ""
    const account = signInAccount(req.params.actor_type ?? "", email)
    const address = clientAddress(req, guards.limits.trustProxy)
    const verdict = await guards.signIn.attempt(account, address)
    if (!refuse(req, res, verdict, "sign_in")) return false
    res.once("finish", () => {
      if (res.statusCode >= 200 && res.statusCode < 300) {
        guards.signIn.succeeded(account, address).catch((error: unknown) => {
          req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`sign-in limit: ${error}`)
        })
      }
    })
    return true
  })
}

/** The order a checkout placed, from the completion's answer (a cart answer places none). */
function placedOrderId(body: unknown): string | null {
  const answer = body as { type?: unknown; order?: { id?: unknown } } | null
  return answer?.type === "order" && typeof answer.order?.id === "string" ? answer.order.id : null
}

/** True while none of the order's payment collections has its money captured. */
async function isUnpaid(req: MedusaRequest, orderId: string): Promise<boolean> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["payment_collections.status"],
    filters: { id: orderId },
  })
  const collections = (data[0]?.payment_collections ?? []) as ({ status?: string } | null)[]
  return !collections.some((collection) => collection?.status === "completed")
}

/**
 * POST /store/carts/:id/complete: refused while the cart's email or phone has its allowance of
 * unpaid orders; an order that completes without its money captured counts against both.
 */
function unpaidOrders(guards: AbuseGuards) {
  return guarded(async (req, res) => {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "cart",
      fields: ["email", "shipping_address.phone", "billing_address.phone"],
      filters: { id: req.params.id },
    })
    const cart = data[0]
    const keys = cart
      ? buyerKeys({
          email: cart.email,
          phones: [cart.shipping_address?.phone ?? null, cart.billing_address?.phone ?? null],
        })
      : []
    if (keys.length === 0) return true
    if (!refuse(req, res, await guards.unpaidOrders.check(keys), "unpaid_orders")) return false
    let orderId: string | null = null
    const send = res.json.bind(res)
    res.json = (body: unknown) => {
      orderId = placedOrderId(body)
      return send(body)
    }
    res.once("finish", () => {
      if (!orderId || res.statusCode >= 300) return
      const placed = orderId
      isUnpaid(req, placed)
        .then((unpaid) => (unpaid ? guards.unpaidOrders.record(keys) : undefined))
        .catch((error: unknown) => {
          req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`unpaid-order limit: ${error}`)
        })
    })
    return true
  })
}

/**
 * Where the abuse limits apply. Reads a storefront page needs (listing, product, producers,
 * cart reads) are never limited: the cache absorbs them. With RATE_LIMIT=off nothing is added.
 */
export function abuseMiddlewares(guards: AbuseGuards = abuseGuards): MiddlewareRoute[] {
  if (!guards.limits.enabled) return []
  const requests = (guard: AddressGuard) => perAddress(guards, guard, "requests")
  return [
    { methods: ["POST"], matcher: "/auth/:actor_type/emailpass", middlewares: [signIn(guards)] },
    { methods: ["POST"], matcher: "/store/carts", middlewares: [requests(guards.cartCreate)] },
    {
      methods: ["POST"],
      matcher: "/store/carts/:id/line-items",
      middlewares: [requests(guards.cartLines)],
    },
    {
      methods: ["POST", "DELETE"],
      matcher: "/store/carts/:id/line-items/:line_id",
      middlewares: [requests(guards.cartLines)],
    },
    {
      methods: ["POST"],
      matcher: "/store/payment-collections",
      middlewares: [requests(guards.paymentSessions)],
    },
    {
      methods: ["POST"],
      matcher: "/store/payment-collections/:id/payment-sessions",
      middlewares: [requests(guards.paymentSessions)],
    },
    {
      methods: ["POST"],
      matcher: "/store/carts/:id/complete",
      middlewares: [requests(guards.cartComplete), unpaidOrders(guards)],
    },
    {
      methods: ["POST"],
      matcher: "/hooks/vietqr",
      middlewares: [perAddress(guards, guards.vietqrHook, "bank_notifications")],
    },
  ]
}
