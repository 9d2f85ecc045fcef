import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminOcopCertificatesResponse } from "@ocop/sdk"
import {
  type CertificateRow,
  type ProductSummaryRow,
  presentListedCertificate,
} from "../presenters"
import type { AdminListExpiringOcopCertificatesType } from "../validators"

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Current, unrevoked certificates whose last valid day falls within the next N days (60 by
 * default), soonest first, with the product title: the OCOP office's renewal list.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminListExpiringOcopCertificatesType>,
  res: MedusaResponse<AdminOcopCertificatesResponse>
) {
  const { expiring_within_days, include_expired, limit, offset } =
    req.validatedQuery as AdminListExpiringOcopCertificatesType
  const at = new Date()
  // one day of margin either side: the exact cut is made on Vietnamese calendar days below
  const until = new Date(at.getTime() + (expiring_within_days + 1) * DAY_MS)
  const since = new Date(at.getTime() - DAY_MS)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "ocop_certificate",
    fields: ["*", "product.id", "product.title", "product.handle", "product.thumbnail"],
    filters: {
      superseded_by_id: null,
      revoked_at: null,
      valid_to: include_expired ? { $lte: until } : { $lte: until, $gte: since },
    },
    pagination: { order: { valid_to: "ASC" } },
  })
  const rows = (data as (CertificateRow & { product?: ProductSummaryRow | null })[])
    .map((cert) => presentListedCertificate(cert, at))
    .filter(
      (cert) =>
        cert.days_until_expiry <= expiring_within_days &&
        (include_expired || cert.days_until_expiry >= 0)
    )
  res.json({
    certificates: rows.slice(offset, offset + limit),
    count: rows.length,
    expiring_within_days,
    limit,
    offset,
    at: at.toISOString(),
  })
}
