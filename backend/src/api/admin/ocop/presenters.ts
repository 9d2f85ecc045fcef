import {
  type CertificateStatus,
  certificateInForce,
  certificateStatus,
  daysUntilExpiry,
  formatDateVi,
  hasOcopBadge,
  ISSUER_LEVEL_NAMES,
} from "@ocop/core"

/** The certificate columns the admin API reads; dates arrive as Date or ISO strings. */
export interface CertificateRow {
  id: string
  product_id: string
  stars: number
  valid_from: Date | string
  valid_to: Date | string
  revoked_at?: Date | string | null
  superseded_by_id?: string | null
  superseded_at?: Date | string | null
}

export interface CertificateStanding {
  status: CertificateStatus
  badge: boolean
  days_until_expiry: number
  issuer_level_label?: { vi: string; en: string }
}

/** Status and badge computed at `at` with the shared rules, never stored. */
export function certificateStanding(cert: CertificateRow, at: Date): CertificateStanding {
  const dates = {
    stars: cert.stars,
    valid_from: cert.valid_from,
    valid_to: cert.valid_to,
    revoked_at: cert.revoked_at ?? null,
    superseded_by: cert.superseded_by_id ?? null,
    superseded_at: cert.superseded_at ?? null,
  }
  return {
    status: certificateStatus(dates, at),
    badge: hasOcopBadge(dates, at),
    days_until_expiry: daysUntilExpiry(dates, at),
  }
}

const dayVi = (value: Date | string | null | undefined) => (value ? formatDateVi(value) : null)

/** A certificate as the admin shows it: status and badge now, dates as read in Vietnam. */
export function withStanding<
  T extends CertificateRow & { issuer_level?: string; decision_date?: Date | string },
>(cert: T, at: Date) {
  const level = cert.issuer_level as keyof typeof ISSUER_LEVEL_NAMES | undefined
  return {
    ...cert,
    ...certificateStanding(cert, at),
    issuer_level_label: level ? ISSUER_LEVEL_NAMES[level] : undefined,
    decision_date_vi: dayVi(cert.decision_date),
    valid_from_vi: dayVi(cert.valid_from),
    valid_to_vi: dayVi(cert.valid_to),
    revoked_at_vi: dayVi(cert.revoked_at),
  }
}

/**
 * The certificate in force at `at` (the same rule as the store: `certificateInForce` of
 * @ocop/core) with its standing, and the stars the product may show: null without a badge.
 */
export function inForceStanding<
  T extends CertificateRow & { issuer_level?: string; decision_date?: Date | string },
>(history: T[], at: Date) {
  const current = certificateInForce(history, at)
  const presented = current ? withStanding(current, at) : null
  return { current: presented, badge_stars: presented?.badge ? presented.stars : null }
}
