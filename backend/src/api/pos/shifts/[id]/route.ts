import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { PosShiftResponse } from "@ocop/sdk"
import { posSession } from "../../lib/session"
import { findShift, presentShift } from "../../lib/shifts"

/** GET /pos/shifts/:id — by id or client UUID, with its Z report once closed. */
export async function GET(req: MedusaRequest, res: MedusaResponse<PosShiftResponse>) {
  const shift = await findShift(req.scope, posSession(req), req.params.id as string)
  res.json({ shift: presentShift(shift) })
}
