import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { PosLockoutInput, PosLockoutResponse } from "@ocop/sdk"
import { recordTabletLockout } from "../lib/lockouts"
import { posSession } from "../lib/session"

/**
 * POST /pos/lockouts — a clerk the tablet locked out while offline (5 wrong PINs): 201 when
 * recorded now, 200 for a repeat of its UUID; 403 for a clerk of another register. Managers see
 * it in GET /admin/pos/lockouts beside the server's own.
 */
export async function POST(
  req: MedusaRequest<PosLockoutInput>,
  res: MedusaResponse<PosLockoutResponse>
) {
  const { created, response } = await recordTabletLockout(
    req.scope,
    posSession(req),
    req.validatedBody
  )
  res.status(created ? 201 : 200).json(response)
}
