import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  ISSUER_LEVEL_NAMES,
  ISSUER_LEVELS,
  LEGAL_BASES,
  PRODUCER_KIND_NAMES,
  PRODUCER_KINDS,
  PRODUCT_GROUPS,
  VAT_CATEGORIES,
  VAT_SCHEDULE,
} from "@ocop/core"
import type { AdminOcopReferenceResponse } from "@ocop/sdk"

/**
 * The OCOP code lists the admin forms choose from, served from @ocop/core so the dashboard never
 * keeps its own copy.
 */
export async function GET(
  _req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminOcopReferenceResponse>
) {
  res.json({
    product_groups: [...PRODUCT_GROUPS],
    issuer_levels: ISSUER_LEVELS.map((code) => ({ code, ...ISSUER_LEVEL_NAMES[code] })),
    legal_bases: [...LEGAL_BASES],
    vat_categories: VAT_CATEGORIES.map((code) => ({
      code,
      vi: VAT_SCHEDULE[code].vi,
      en: VAT_SCHEDULE[code].en,
    })),
    producer_kinds: PRODUCER_KINDS.map((code) => ({ code, ...PRODUCER_KIND_NAMES[code] })),
  })
}
