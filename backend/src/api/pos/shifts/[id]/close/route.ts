import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { PosShiftCloseInput, PosShiftResponse } from "@ocop/sdk"
import { posSession } from "../../../lib/session"
import { closeShift, ShiftConflict } from "../../../lib/shifts"

/**
 * POST /pos/shifts/:id/close — blind counts → immutable Z report. 409 while the server holds
 * fewer of the shift's sales than the tablet made (sync first).
 */
export async function POST(
  req: MedusaRequest<PosShiftCloseInput>,
  res: MedusaResponse<PosShiftResponse | { type: string; message: string }>
) {
  try {
    const shift = await closeShift(
      req.scope,
      posSession(req),
      req.params.id as string,
      req.validatedBody
    )
    res.json({ shift })
  } catch (error) {
    if (!(error instanceof ShiftConflict)) throw error
    res.status(409).json({ type: "conflict", message: error.message })
  }
}
