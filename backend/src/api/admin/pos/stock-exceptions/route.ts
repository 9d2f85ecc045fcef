import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listStockExceptions } from "../../../pos/lib/stock-exceptions"
import type { AdminPosList } from "../validators"

/** GET /admin/pos/stock-exceptions — lines sold beyond recorded stock, across registers. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { register_id, limit, offset } = req.validatedQuery as unknown as AdminPosList
  res.json({
    ...(await listStockExceptions(req.scope, { register_id }, { limit, offset })),
    limit,
    offset,
  })
}
