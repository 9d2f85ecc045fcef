import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { PosShiftOpenInput, PosShiftResponse } from "@ocop/sdk"
import { posSession } from "../lib/session"
import { openShift } from "../lib/shifts"

/** POST /pos/shifts — open the register's shift (201), or the same shift again for a retry (200). */
export async function POST(
  req: MedusaRequest<PosShiftOpenInput>,
  res: MedusaResponse<PosShiftResponse>
) {
  const { created, shift } = await openShift(req.scope, posSession(req), req.validatedBody)
  res.status(created ? 201 : 200).json({ shift })
}
