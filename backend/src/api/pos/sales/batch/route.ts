import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { PosSalesBatchResponse } from "@ocop/sdk"
import { recordSales } from "../../lib/sales"
import { posSession } from "../../lib/session"
import { splitSaleBatch } from "../../lib/validate"
import type { PosSalesBatchBody } from "../../validators"

/**
 * POST /pos/sales/batch — queued sales, oldest first, in one request: each sale is validated,
 * recorded and deduplicated on its own client UUID as POST /pos/sales would, and answered in
 * `results` (same order): accepted, refused with the field-named reason, or retry. 200 unless
 * the envelope itself is malformed.
 */
export async function POST(
  req: MedusaRequest<PosSalesBatchBody>,
  res: MedusaResponse<PosSalesBatchResponse>
) {
  const { valid, invalid } = splitSaleBatch(req.validatedBody.sales)
  const recorded = await recordSales(
    req.scope,
    posSession(req),
    valid.map((entry) => entry.sale)
  )
  const results: PosSalesBatchResponse["results"] = new Array(req.validatedBody.sales.length)
  valid.forEach((entry, index) => {
    results[entry.index] = recorded[index] as PosSalesBatchResponse["results"][number]
  })
  for (const entry of invalid) results[entry.index] = entry.outcome
  res.json({ results })
}
