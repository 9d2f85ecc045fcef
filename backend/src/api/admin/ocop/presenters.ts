import {
  certificateInForce,
  certificateStatus,
  daysUntilExpiry,
  formatDateVi,
  hasOcopBadge,
  ISSUER_LEVEL_NAMES,
  type VatCategory,
} from "@ocop/core"
import type {
  AdminOcopCertificate,
  AdminOcopListedCertificate,
  AdminOcopProducer,
  AdminOcopProducerDetail,
  AdminOcopProductSummary,
  AdminOcopProfile,
} from "@ocop/sdk"

/*
 * The admin routes answer exactly the shapes @ocop/sdk declares: each presenter lists every field,
 * so a column added, renamed or dropped shows up as a type error here and in every consumer.
 */

type Instant = Date | string
/** The wire type `T` with the named instants as the database returns them (Date), not ISO text. */
type WithInstants<T, K extends keyof T> = Omit<T, K> & {
  [P in K]: null extends T[P] ? Instant | null : Instant
}

const iso = (value: Instant) => (typeof value === "string" ? value : value.toISOString())
const isoOrNull = (value: Instant | null | undefined) => (value == null ? null : iso(value))
const dayVi = (value: Instant | null | undefined) => (value == null ? null : formatDateVi(value))

/** A stored certificate as the database returns it: instants as Date (or ISO strings). */
export type CertificateRow = WithInstants<
  Omit<AdminOcopCertificate, keyof CertificateStanding | `${string}_vi` | "issuer_level_label">,
  | "decision_date"
  | "valid_from"
  | "valid_to"
  | "revoked_at"
  | "superseded_at"
  | "created_at"
  | "updated_at"
>

type CertificateStanding = Pick<AdminOcopCertificate, "status" | "badge" | "days_until_expiry">

/** Status and badge computed at `at` with the shared rules, never stored. */
function certificateStanding(
  cert: Pick<
    CertificateRow,
    "stars" | "valid_from" | "valid_to" | "revoked_at" | "superseded_by_id" | "superseded_at"
  >,
  at: Date
): CertificateStanding {
  const dates = {
    stars: cert.stars,
    valid_from: cert.valid_from,
    valid_to: cert.valid_to,
    revoked_at: cert.revoked_at,
    superseded_by: cert.superseded_by_id,
    superseded_at: cert.superseded_at,
  }
  return {
    status: certificateStatus(dates, at),
    badge: hasOcopBadge(dates, at),
    days_until_expiry: daysUntilExpiry(dates, at),
  }
}

/** A certificate as the admin shows it: status and badge at `at`, dates as read in Vietnam. */
export function presentCertificate(cert: CertificateRow, at: Date): AdminOcopCertificate {
  return {
    id: cert.id,
    product_id: cert.product_id,
    stars: cert.stars,
    score: cert.score,
    decision_number: cert.decision_number,
    decision_date: iso(cert.decision_date),
    issuer_name: cert.issuer_name,
    issuer_level: cert.issuer_level,
    legal_basis: cert.legal_basis,
    round_label: cert.round_label,
    valid_from: iso(cert.valid_from),
    valid_to: iso(cert.valid_to),
    revoked_at: isoOrNull(cert.revoked_at),
    revocation_reason: cert.revocation_reason,
    superseded_by_id: cert.superseded_by_id,
    superseded_at: isoOrNull(cert.superseded_at),
    metadata: cert.metadata,
    created_at: iso(cert.created_at),
    updated_at: iso(cert.updated_at),
    ...certificateStanding(cert, at),
    issuer_level_label: ISSUER_LEVEL_NAMES[cert.issuer_level],
    decision_date_vi: formatDateVi(cert.decision_date),
    valid_from_vi: formatDateVi(cert.valid_from),
    valid_to_vi: formatDateVi(cert.valid_to),
    revoked_at_vi: dayVi(cert.revoked_at),
  }
}

export type ProductSummaryRow = AdminOcopProductSummary

export const presentProductSummary = (product: ProductSummaryRow): AdminOcopProductSummary => ({
  id: product.id,
  title: product.title,
  handle: product.handle,
  thumbnail: product.thumbnail,
})

/** A certificate of the renewal list, with the product it certifies. */
export function presentListedCertificate(
  cert: CertificateRow & { product?: ProductSummaryRow | null },
  at: Date
): AdminOcopListedCertificate {
  return {
    ...presentCertificate(cert, at),
    product: cert.product ? presentProductSummary(cert.product) : null,
  }
}

export type ProducerRow = WithInstants<
  Omit<AdminOcopProducer, "photos"> & { photos: unknown },
  "created_at" | "updated_at"
>

const photoList = (photos: unknown): string[] | null =>
  Array.isArray(photos)
    ? photos.filter((photo): photo is string => typeof photo === "string")
    : null

export function presentProducer(producer: ProducerRow): AdminOcopProducer {
  return {
    id: producer.id,
    handle: producer.handle,
    name: producer.name,
    kind: producer.kind,
    tax_id: producer.tax_id,
    province_code: producer.province_code,
    ward_code: producer.ward_code,
    address_schema: producer.address_schema,
    address_line: producer.address_line,
    legacy_district: producer.legacy_district,
    phone: producer.phone,
    story_vi: producer.story_vi,
    story_en: producer.story_en,
    photos: photoList(producer.photos),
    latitude: producer.latitude,
    longitude: producer.longitude,
    is_demo: producer.is_demo,
    metadata: producer.metadata,
    created_at: iso(producer.created_at),
    updated_at: iso(producer.updated_at),
  }
}

/**
 * The certificate in force at `at` among a product's presented history: the rule the store, the
 * expiry job and the widgets share (`certificateInForce` in @ocop/core).
 */
export function certificateInForceOf(
  history: AdminOcopCertificate[],
  at: Date
): AdminOcopCertificate | null {
  return certificateInForce(history, at)
}

/** A producer with each product's stars shown at `at` (null without a badge). */
export function presentProducerDetail(
  producer: ProducerRow & { products?: { id: string; product_id: string }[] | null },
  certificates: CertificateRow[],
  at: Date
): AdminOcopProducerDetail {
  return {
    ...presentProducer(producer),
    products: (producer.products ?? []).map((profile) => {
      const history = certificates
        .filter((cert) => cert.product_id === profile.product_id)
        .map((cert) => presentCertificate(cert, at))
      const current = certificateInForceOf(history, at)
      return {
        id: profile.id,
        product_id: profile.product_id,
        current_stars: current?.badge ? current.stars : null,
      }
    }),
  }
}

export type ProfileRow = WithInstants<
  Omit<AdminOcopProfile, "producer_id" | "vat_category"> & {
    producer_id?: string | null
    vat_category: string
  },
  "created_at" | "updated_at"
>

export function presentProfile(profile: ProfileRow): AdminOcopProfile {
  return {
    id: profile.id,
    product_id: profile.product_id,
    product_group: profile.product_group,
    sub_group: profile.sub_group,
    origin_label: profile.origin_label,
    province_code: profile.province_code,
    ward_code: profile.ward_code,
    address_schema: profile.address_schema,
    legacy_district: profile.legacy_district,
    producer_id: profile.producer_id ?? null,
    is_alcohol: profile.is_alcohol,
    abv: profile.abv,
    // validated against VAT_CATEGORIES on every write
    vat_category: profile.vat_category as VatCategory,
    search_key: profile.search_key,
    is_demo: profile.is_demo,
    created_at: iso(profile.created_at),
    updated_at: iso(profile.updated_at),
  }
}
