import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { PosCashMovementInput, PosShiftResponse } from "@ocop/sdk"
import { posSession } from "../../../lib/session"
import { recordCashMovement } from "../../../lib/shifts"

/** POST /pos/shifts/:id/cash-movements — cash in or out of the drawer, idempotent on client_id. */
export async function POST(
  req: MedusaRequest<PosCashMovementInput>,
  res: MedusaResponse<PosShiftResponse>
) {
  const { created, shift } = await recordCashMovement(
    req.scope,
    posSession(req),
    req.params.id as string,
    req.validatedBody
  )
  res.status(created ? 201 : 200).json({ shift })
}
