import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { PosError, PosSaleInput, PosSaleResponse } from "@ocop/sdk"
import { recordSale } from "../lib/sales"
import { posSession } from "../lib/session"

/** Seconds a tablet waits before sending a sale again that could not be decided now. */
const RETRY_AFTER_SECONDS = 5

/**
 * POST /pos/sales — a sale rung up on the tablet, idempotent on its client UUID: 201 when it is
 * recorded now, 200 with the same body for a repeat. 400/403/409 name what the tablet got wrong;
 * 503 with Retry-After when it cannot be decided now (send it again).
 */
export async function POST(
  req: MedusaRequest<PosSaleInput>,
  res: MedusaResponse<PosSaleResponse | PosError>
) {
  const outcome = await recordSale(req.scope, posSession(req), req.validatedBody)
  if (outcome.status !== "accepted") {
    res.setHeader("Retry-After", String(RETRY_AFTER_SECONDS))
    res.status(503).json({ type: "retry", message: outcome.message })
    return
  }
  res.status(outcome.created ? 201 : 200).json({ sale: outcome.sale })
}
