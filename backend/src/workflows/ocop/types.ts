import type { InferTypeOf } from "@medusajs/framework/types"
import type { VatCategory } from "@ocop/core"
import type { OcopCertificate } from "../../modules/ocop/models/certificate"
import type { OcopProducer } from "../../modules/ocop/models/producer"
import type { OcopProductProfile } from "../../modules/ocop/models/product-profile"

export type OcopProducerRecord = InferTypeOf<typeof OcopProducer>
export type OcopCertificateRecord = InferTypeOf<typeof OcopCertificate>
export type OcopProductProfileRecord = InferTypeOf<typeof OcopProductProfile>

export const PRODUCER_KINDS = ["company", "cooperative", "cooperative_group", "household"] as const
export type ProducerKind = (typeof PRODUCER_KINDS)[number]

export interface OcopProducerFields {
  /** URL handle; derived from the name when left out on create. */
  handle?: string
  name?: string
  kind?: ProducerKind
  tax_id?: string | null
  province_code?: string
  ward_code?: string | null
  address_schema?: string
  address_line?: string | null
  legacy_district?: string | null
  phone?: string | null
  story_vi?: string | null
  story_en?: string | null
  photos?: string[] | null
  latitude?: number | null
  longitude?: number | null
  is_demo?: boolean
  metadata?: Record<string, unknown> | null
}

export type CreateOcopProducerInput = OcopProducerFields & {
  name: string
  kind: ProducerKind
  province_code: string
}

export type UpdateOcopProducerInput = OcopProducerFields & { id: string }

export interface SetOcopProductProfileInput {
  product_id: string
  product_group: string
  sub_group?: string | null
  origin_label?: string | null
  province_code: string
  ward_code?: string | null
  address_schema?: string
  legacy_district?: string | null
  producer_id?: string | null
  is_alcohol?: boolean
  abv?: number | null
  vat_category?: VatCategory
  is_demo?: boolean
}

export type IssuerLevelInput = "district" | "province" | "central"

export interface IssueOcopCertificateInput {
  product_id: string
  stars: number
  score?: number | null
  decision_number: string
  /** A calendar date "YYYY-MM-DD" (midnight in Vietnam), an ISO date-time or a Date. */
  decision_date: string | Date
  issuer_name: string
  issuer_level: IssuerLevelInput
  legal_basis: string
  round_label?: string | null
  /** Defaults to the decision date. */
  valid_from?: string | Date
  /** Defaults to 36 months after the decision date (defaultValidTo). */
  valid_to?: string | Date
  metadata?: Record<string, unknown> | null
}

export interface RevokeOcopCertificateInput {
  certificate_id: string
  /** First day without recognition; defaults to now. */
  revoked_at?: string | Date
  reason: string
}
