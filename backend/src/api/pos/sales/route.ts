import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { PosSaleInput, PosSaleResponse } from "@ocop/sdk"
import { recordSale } from "../lib/sales"
import { posSession } from "../lib/session"

/**
 * POST /pos/sales — a sale rung up on the tablet, idempotent on its client UUID: 201 when it is
 * recorded now, 200 with the same body for a repeat. 400 names the field the tablet got wrong.
 */
export async function POST(req: MedusaRequest<PosSaleInput>, res: MedusaResponse<PosSaleResponse>) {
  const { created, sale } = await recordSale(req.scope, posSession(req), req.validatedBody)
  res.status(created ? 201 : 200).json({ sale })
}
