import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { PosSaleResponse } from "@ocop/sdk"
import { loadSale } from "../../lib/sales"
import { posSession } from "../../lib/session"

/** GET /pos/sales/:id — by id or client UUID; only the register's own sales. */
export async function GET(req: MedusaRequest, res: MedusaResponse<PosSaleResponse>) {
  res.json({ sale: await loadSale(req.scope, posSession(req), req.params.id as string) })
}
