import { addMonths, calendarDaysBetween, type DateInput, toDate } from "./dates"
import { isOcopStar } from "./stars"

export type CertificateStatus = "valid" | "expiring" | "expired" | "revoked" | "superseded"

/** Recognition lasts 36 months from the decision date. */
export const CERTIFICATE_VALIDITY_MONTHS = 36
/** The issuer notifies at least 30 days before expiry; we show "expiring" over the same window. */
export const EXPIRING_WINDOW_DAYS = 30

/**
 * The dates that decide a certificate's status. Dates are compared as calendar days in Vietnam;
 * `valid_to` is the last day of validity (inclusive), `revoked_at` the first day without it.
 */
export interface CertificateDates {
  stars: number
  valid_from: DateInput
  valid_to: DateInput
  revoked_at?: DateInput | null
  /** Id of the certificate issued on re-recognition. */
  superseded_by?: string | null
  /** When the successor took effect; without it the certificate counts as superseded at once. */
  superseded_at?: DateInput | null
}

function reached(at: DateInput, day: DateInput | null | undefined): boolean {
  return day != null && calendarDaysBetween(day, at) >= 0
}

/** Calendar days from `at` to the last valid day: 0 on that day, negative once expired. */
export function daysUntilExpiry(cert: Pick<CertificateDates, "valid_to">, at: DateInput): number {
  return calendarDaysBetween(at, cert.valid_to)
}

/** False while `at` is before `valid_from` (a certificate entered ahead of its decision date). */
export function certificateHasStarted(
  cert: Pick<CertificateDates, "valid_from">,
  at: DateInput
): boolean {
  return reached(at, cert.valid_from)
}

/**
 * Status at `at`, by precedence revoked > superseded > expired > expiring > valid.
 * A certificate that has not started yet reports its standing ("valid" or "expiring") because the
 * status set has no "pending" value; use `certificateHasStarted` or `hasOcopBadge`, which both
 * refuse it, before showing anything to buyers.
 */
export function certificateStatus(cert: CertificateDates, at: DateInput): CertificateStatus {
  // Reject an invalid "at" even on paths whose answer would not depend on it.
  toDate(at)
  if (reached(at, cert.revoked_at)) return "revoked"
  const superseded =
    cert.superseded_by != null && (cert.superseded_at == null || reached(at, cert.superseded_at))
  if (superseded) return "superseded"
  const daysLeft = daysUntilExpiry(cert, at)
  if (daysLeft < 0) return "expired"
  if (daysLeft <= EXPIRING_WINDOW_DAYS) return "expiring"
  return "valid"
}

/**
 * Whether the OCOP mark and stars may be shown: 3★ or more, in force and not revoked, expired or
 * superseded. Products without it stay sellable, only without the badge.
 */
export function hasOcopBadge(cert: CertificateDates | null | undefined, at: DateInput): boolean {
  if (cert == null || !isOcopStar(cert.stars) || !certificateHasStarted(cert, at)) return false
  const status = certificateStatus(cert, at)
  return status === "valid" || status === "expiring"
}

/** Default last valid day: 36 months after the decision date, clamped at month ends. */
export function defaultValidTo(decisionDate: DateInput): Date {
  return addMonths(decisionDate, CERTIFICATE_VALIDITY_MONTHS)
}

/** One certificate of a product's history, as stored (the successor's id, when renewed). */
export interface CertificateHistoryEntry {
  id: string
  valid_from: DateInput
  superseded_by_id?: string | null
  /** When the successor took effect; without it the certificate counts as superseded at once. */
  superseded_at?: DateInput | null
}

function supersededOn<T extends CertificateHistoryEntry>(cert: T, at: DateInput): boolean {
  return (
    cert.superseded_by_id != null && (cert.superseded_at == null || reached(at, cert.superseded_at))
  )
}

/**
 * The certificate that governs a product on `at`'s calendar day in Vietnam: among the
 * certificates not yet superseded on that day (a renewal supersedes its predecessor from the
 * renewal's valid_from), the latest that has started; when none has started, the latest recorded
 * one (so a product certified ahead of time shows its coming certificate, without a badge).
 * Revoked and expired certificates stay in force until a successor takes over: the badge rule
 * (`hasOcopBadge`) then refuses the mark. Null for an empty history.
 *
 * This is the one rule the admin API, the expiry job and the store's SQL follow; the store's read
 * model is tested against it.
 */
export function certificateInForce<T extends CertificateHistoryEntry>(
  history: readonly T[],
  at: DateInput
): T | null {
  toDate(at)
  let best: T | null = null
  let bestKey: [number, number, number, string] | null = null
  for (const cert of history) {
    if (supersededOn(cert, at)) continue
    // Larger wins: started, later valid_from, not superseded at all; then the smaller id.
    const key: [number, number, number, string] = [
      reached(at, cert.valid_from) ? 1 : 0,
      toDate(cert.valid_from).getTime(),
      cert.superseded_by_id == null ? 1 : 0,
      cert.id,
    ]
    if (bestKey == null || compareKeys(key, bestKey) > 0) {
      best = cert
      bestKey = key
    }
  }
  return best
}

function compareKeys(a: [number, number, number, string], b: [number, number, number, string]) {
  for (let index = 0; index < 3; index++) {
    const difference = (a[index] as number) - (b[index] as number)
    if (difference !== 0) return difference
  }
  // the smaller id wins a full tie, as ORDER BY id does in the store's SQL
  return a[3] < b[3] ? 1 : a[3] > b[3] ? -1 : 0
}
