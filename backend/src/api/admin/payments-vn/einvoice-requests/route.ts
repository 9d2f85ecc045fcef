import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listEinvoiceExportRows } from "../einvoice-export"
import type { AdminListEinvoiceRequests } from "../validators"

/** GET /admin/payments-vn/einvoice-requests — the requests as JSON (same rows as the CSV). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const filters = req.validatedQuery as unknown as AdminListEinvoiceRequests
  const rows = await listEinvoiceExportRows(req.scope, filters)
  res.json({ einvoice_requests: rows, count: rows.length })
}
