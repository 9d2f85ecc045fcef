import type { InferTypeOf } from "@medusajs/framework/types"
import type {
  AdminCreateOcopProducerBody,
  AdminSetOcopProfileBody,
  AdminUpdateOcopProducerBody,
} from "@ocop/sdk"
import type { OcopCertificate } from "../../modules/ocop/models/certificate"
import type { OcopProducer } from "../../modules/ocop/models/producer"
import type { OcopProductProfile } from "../../modules/ocop/models/product-profile"

export type OcopProducerRecord = InferTypeOf<typeof OcopProducer>
export type OcopCertificateRecord = InferTypeOf<typeof OcopCertificate>
export type OcopProductProfileRecord = InferTypeOf<typeof OcopProductProfile>

export const PRODUCER_KINDS = ["company", "cooperative", "cooperative_group", "household"] as const
export type ProducerKind = (typeof PRODUCER_KINDS)[number]

/*
 * The workflows take what the admin API accepts (@ocop/sdk declares those bodies once), plus the
 * ids the route takes from the URL.
 */

/** Producer fields; only those given are written (the same shape serves create and update). */
export type OcopProducerFields = AdminUpdateOcopProducerBody

export type CreateOcopProducerInput = AdminCreateOcopProducerBody

export type UpdateOcopProducerInput = OcopProducerFields & { id: string }

export type SetOcopProductProfileInput = AdminSetOcopProfileBody & { product_id: string }

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
