import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { PosStockExceptionsResponse } from "@ocop/sdk"
import { posSession } from "../lib/session"
import { listStockExceptions } from "../lib/stock-exceptions"

/** GET /pos/stock-exceptions — the register's open stock exceptions, for its managers. */
export async function GET(req: MedusaRequest, res: MedusaResponse<PosStockExceptionsResponse>) {
  const session = posSession(req)
  if (session.role !== "manager") {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "Only a manager of the register sees this")
  }
  const { exceptions } = await listStockExceptions(req.scope, { register_id: session.registerId })
  res.json({ exceptions })
}
