import {
  type AuthenticatedMedusaRequest,
  authenticate,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { posService } from "./register-view"

export const POS_CLERK_ACTOR = "pos_clerk"

/** Who is calling a /pos route: the clerk, the register and the tablet the token was issued on. */
export interface PosSession {
  clerkId: string
  registerId: string
  deviceId: string
  role: "clerk" | "manager"
}

const sessions = new WeakMap<MedusaRequest, PosSession>()

function claim(metadata: Record<string, unknown> | undefined, key: string): string | null {
  const value = metadata?.[key]
  return typeof value === "string" && value.length > 0 ? value : null
}

const bearerClerk = authenticate(POS_CLERK_ACTOR, ["bearer"])

/**
 * Every /pos route but sign-in: a `pos_clerk` bearer token (Medusa's authenticate), then a live
 * check that the tablet is still paired and the clerk still active at that register, so that a
 * manager's revocation takes effect at once rather than when the token expires.
 */
export async function requirePosClerk(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  await bearerClerk(req, res, async () => {
    try {
      await checkSession(req, res, next)
    } catch (error) {
      next(error)
    }
  })
}

async function checkSession(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  {
    const auth = (req as AuthenticatedMedusaRequest).auth_context
    const registerId = claim(auth.app_metadata, "register_id")
    const deviceId = claim(auth.app_metadata, "device_id")
    if (!registerId || !deviceId) {
      res.status(401).json({ type: "unauthorized", message: "Not a POS clerk token" })
      return
    }
    const pos = posService(req.scope)
    const [[clerk], [device]] = await Promise.all([
      pos.listPosClerks({ id: auth.actor_id, register_id: registerId, is_active: true }),
      pos.listPosDevices({ id: deviceId, register_id: registerId, revoked_at: null }),
    ])
    if (!clerk || !device) {
      res.status(401).json({
        type: "unauthorized",
        message: "This tablet or clerk is no longer active at the register; sign in again",
      })
      return
    }
    sessions.set(req, { clerkId: clerk.id, registerId, deviceId, role: clerk.role })
    next()
  }
}

/** The session requirePosClerk established; routes behind it always have one. */
export function posSession(req: MedusaRequest): PosSession {
  const session = sessions.get(req)
  if (!session) throw new Error("posSession called on a route without requirePosClerk")
  return session
}

/** Sign-in is the one /pos route a tablet calls without a clerk token. */
export const POS_SIGN_IN_PATH = "/pos/auth/sign-in"

export function requirePosClerkUnlessSigningIn(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  // Middlewares are mounted on their matcher, so req.path is relative: read the full URL.
  const path = (req.originalUrl ?? req.url).split("?")[0]?.replace(/\/+$/, "")
  if (path === POS_SIGN_IN_PATH) return next()
  return requirePosClerk(req, res, next)
}
