import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { PosSignInInput } from "@ocop/sdk"
import { PinLockout } from "../../lib/pin-lockout"
import { signInClerk } from "../../lib/sign-in"

const lockout = new PinLockout()

/**
 * POST /pos/auth/sign-in — a clerk's PIN on a paired tablet. 200 with a pos_clerk token; 401 for
 * an unknown tablet or a wrong PIN (with attempts left); 429 while the clerk is locked out.
 */
export async function POST(req: MedusaRequest<PosSignInInput>, res: MedusaResponse) {
  const outcome = await signInClerk(req.scope, req.validatedBody, lockout)
  switch (outcome.kind) {
    case "signed_in":
      res.status(200).json(outcome.response)
      return
    case "unknown_device":
      res.status(401).json({
        type: "unauthorized",
        message: "device_token: this tablet is not paired with a register (ask a manager)",
      })
      return
    case "wrong_pin":
      res.status(401).json({
        type: "unauthorized",
        message: "pin: wrong clerk or PIN",
        attempts_left: outcome.attemptsLeft,
      })
      return
    case "locked": {
      const seconds = Math.max(1, Math.ceil((outcome.lockedUntil.getTime() - Date.now()) / 1000))
      res.setHeader("Retry-After", String(seconds))
      res.status(429).json({
        type: "not_allowed",
        message: `clerk_id: locked after 5 wrong PINs until ${outcome.lockedUntil.toISOString()}`,
        locked_until: outcome.lockedUntil.toISOString(),
      })
      return
    }
  }
}
