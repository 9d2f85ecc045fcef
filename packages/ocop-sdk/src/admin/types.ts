import type {
  CertificateStatus,
  IssuerLevel,
  LegalBasis,
  ProducerFields,
  ProducerKind,
  ProductGroup,
  ProductProfileFields,
  VatCategory,
} from "@ocop/core"

/**
 * The admin OCOP API (/admin/ocop/*): what each route answers and accepts. The routes' presenters
 * build exactly these shapes, so a renamed or dropped field fails the type-check of the backend,
 * the dashboard widgets and every other consumer at once. Instants are ISO 8601 strings.
 */

export interface Bilingual {
  vi: string
  en: string
}

/** A producer (chủ thể OCOP) with every stored field. */
export interface AdminOcopProducer extends ProducerFields {
  id: string
  created_at: string
  updated_at: string
}

/** A producer with the OCOP profiles of its products (GET /admin/ocop/producers/:id). */
export interface AdminOcopProducerDetail extends AdminOcopProducer {
  /**
   * `current_stars`: the stars the product shows today, from the certificate in force
   * (`certificateInForce` in @ocop/core); null while it shows no badge.
   */
  products: { id: string; product_id: string; current_stars: number | null }[]
}

/** The OCOP side of a catalog product. */
export interface AdminOcopProfile extends ProductProfileFields {
  id: string
  product_id: string
  /** What shoppers may type to find the product, without diacritics. */
  search_key: string
  is_demo: boolean
  created_at: string
  updated_at: string
}

/** A certificate as stored, with its status and badge computed at the time of the request. */
export interface AdminOcopCertificate {
  id: string
  product_id: string
  /** As written in the recognition decision, never computed from the score. */
  stars: number
  score: number | null
  decision_number: string
  decision_date: string
  issuer_name: string
  issuer_level: IssuerLevel
  legal_basis: string
  round_label: string | null
  valid_from: string
  /** Last day of validity (inclusive). */
  valid_to: string
  /** First day without recognition. */
  revoked_at: string | null
  revocation_reason: string | null
  superseded_by_id: string | null
  superseded_at: string | null
  metadata: Record<string, unknown> | null
  created_at: string
  updated_at: string
  status: CertificateStatus
  /** Whether the OCOP mark may be shown today. */
  badge: boolean
  /** Calendar days in Vietnam to the last valid day: 0 on that day, negative once expired. */
  days_until_expiry: number
  issuer_level_label: Bilingual
  /** Dates as read in Vietnam, "dd/MM/yyyy". */
  decision_date_vi: string
  valid_from_vi: string
  valid_to_vi: string
  revoked_at_vi: string | null
}

export interface AdminOcopProductSummary {
  id: string
  title: string
  handle: string
  thumbnail: string | null
}

/** A certificate in the renewal list, with its product. */
export interface AdminOcopListedCertificate extends AdminOcopCertificate {
  product: AdminOcopProductSummary | null
}

export interface AdminOcopProducersQuery {
  /** Searches producer names. */
  q?: string
  limit?: number
  offset?: number
}

export interface AdminOcopProducersResponse {
  producers: AdminOcopProducer[]
  count: number
  limit: number
  offset: number
}

export interface AdminOcopProducerResponse {
  producer: AdminOcopProducer
}

export interface AdminOcopProducerDetailResponse {
  producer: AdminOcopProducerDetail
}

export interface AdminOcopProducerDeleteResponse {
  id: string
  object: "ocop_producer"
  deleted: true
}

/** The product page's OCOP panel (GET /admin/ocop/products/:id). */
export interface AdminOcopProductResponse {
  product: AdminOcopProductSummary
  profile: AdminOcopProfile | null
  producer: AdminOcopProducer | null
  /** The certificate in force (or the latest one, for its status), null without any. */
  current_certificate: AdminOcopCertificate | null
  /** Whether the shop shows the OCOP badge for this product today. */
  badge: boolean
  /** Every certificate of the product, newest decision first. */
  certificates: AdminOcopCertificate[]
  /** The instant the statuses were computed at. */
  at: string
}

export interface AdminOcopProfileResponse {
  profile: AdminOcopProfile
}

export interface AdminOcopCertificateResponse {
  certificate: AdminOcopCertificate
}

export interface AdminOcopCertificatesQuery {
  /** Last valid day within this many days from today (default 60). */
  expiring_within_days?: number
  /** Also list current certificates that already expired and were not renewed. */
  include_expired?: boolean
  limit?: number
  offset?: number
}

/** The renewal list (GET /admin/ocop/certificates), soonest expiry first. */
export interface AdminOcopCertificatesResponse {
  certificates: AdminOcopListedCertificate[]
  count: number
  expiring_within_days: number
  limit: number
  offset: number
  at: string
}

/** The code lists the admin forms choose from, served from @ocop/core. */
export interface AdminOcopReferenceResponse {
  product_groups: ProductGroup[]
  issuer_levels: ({ code: IssuerLevel } & Bilingual)[]
  legal_bases: LegalBasis[]
  vat_categories: ({ code: VatCategory } & Bilingual)[]
  producer_kinds: ({ code: ProducerKind } & Bilingual)[]
}

/** Body of POST /admin/ocop/producers/:id: only the fields sent change. */
export type AdminUpdateOcopProducerBody = Partial<ProducerFields>

/** Body of POST /admin/ocop/producers (text is stored NFC and trimmed). */
export type AdminCreateOcopProducerBody = AdminUpdateOcopProducerBody &
  Pick<ProducerFields, "name" | "kind" | "province_code">

/** Body of POST /admin/ocop/products/:id: creates or replaces the product's OCOP profile. */
export type AdminSetOcopProfileBody = Partial<ProductProfileFields> &
  Pick<ProductProfileFields, "product_group" | "province_code">

/**
 * Body of POST /admin/ocop/products/:id/certificates: a recognition decision. Dates are
 * "YYYY-MM-DD" (a calendar day in Vietnam) or ISO 8601.
 */
export interface AdminIssueOcopCertificateBody {
  stars: number
  score?: number | null
  decision_number: string
  decision_date: string
  issuer_name: string
  issuer_level: IssuerLevel
  legal_basis: string
  round_label?: string | null
  /** Defaults to the decision date. */
  valid_from?: string
  /** Defaults to 36 months after the decision date. */
  valid_to?: string
  metadata?: Record<string, unknown> | null
}

/** Body of POST /admin/ocop/certificates/:id/revoke. */
export interface AdminRevokeOcopCertificateBody {
  reason: string
  /** First day without recognition; today when left out. */
  revoked_at?: string
}

/** Body of POST /admin/security/sign-in-locks/unlock. */
export interface AdminUnlockSignInBody {
  /** "user" for an admin, "customer" for a shopper. */
  actor_type: string
  email: string
}

export interface AdminUnlockSignInResponse {
  actor_type: string
  /** As the lock counts it: trimmed, lower case. */
  email: string
  unlocked: true
}

/**
 * Where an order stands against the unpaid-order deadline: a checkout order paid by VietQR is
 * cancelled (stock released) when its transfer has not come VIETQR_PAYMENT_TTL_HOURS after it was
 * placed. Other orders (cash on delivery, staff-made) are `not_applicable` with no deadline.
 */
export interface AdminOrderPaymentDeadline {
  order_id: string
  state: "awaiting_payment" | "paid" | "cancelled" | "not_applicable"
  /** ISO 8601. */
  placed_at: string
  /** ISO 8601; null when the deadline does not apply. */
  deadline: string | null
  ttl_hours: number
}

/** GET /admin/payments-vn/orders/:id/payment-deadline */
export interface AdminOrderPaymentDeadlineResponse {
  payment_deadline: AdminOrderPaymentDeadline
}
