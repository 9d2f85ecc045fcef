import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { toCsv } from "../csv"
import { EINVOICE_CSV_HEADER, einvoiceCsvRow, listEinvoiceExportRows } from "../einvoice-export"
import type { AdminListEinvoiceRequests } from "../validators"

/**
 * GET /admin/payments-vn/einvoice-requests.csv — for the shop's e-invoice provider (MISA, VNPT,
 * Viettel…): UTF-8 with BOM so Excel shows Vietnamese, RFC 4180 quoting, CRLF line ends.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const filters = req.validatedQuery as unknown as AdminListEinvoiceRequests
  const rows = await listEinvoiceExportRows(req.scope, filters)
  const csv = toCsv(EINVOICE_CSV_HEADER, rows.map(einvoiceCsvRow))
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", 'attachment; filename="einvoice-requests.csv"')
  res.status(200).send(csv)
}
