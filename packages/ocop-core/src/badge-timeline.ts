import {
  type CertificateDates,
  type CertificateHistoryEntry,
  certificateInForce,
  hasOcopBadge,
} from "./certificate"
import { type DateInput, toDate, vietnamCalendarDate } from "./dates"

const DAY_MS = 24 * 60 * 60 * 1000

/** A certificate of a product's history with everything the badge rule reads. */
export type BadgeHistoryEntry = CertificateHistoryEntry &
  Omit<CertificateDates, "superseded_by" | "superseded_at">

/** Stars shown from `from` (a midnight in Vietnam) until `until` (exclusive; null: for good). */
export interface BadgePeriod {
  stars: number
  from: Date
  until: Date | null
}

export interface BadgeTimeline {
  /** The first periods with a badge, from the given day on, in order. */
  periods: BadgePeriod[]
  /** When the periods no longer tell the whole story (a later badge exists): recompute by then. */
  recheck_at: Date | null
}

/** Midnight in Vietnam that starts `at`'s calendar day. */
function dayStart(at: DateInput): Date {
  return toDate(vietnamCalendarDate(at))
}

/** The stars a product shows on `at`'s day: the certificate in force, when it may carry the mark. */
export function badgeStarsOn(history: readonly BadgeHistoryEntry[], at: DateInput): number | null {
  const cert = certificateInForce(history, at)
  if (cert == null) return null
  const dates = { ...cert, superseded_by: cert.superseded_by_id ?? null }
  return hasOcopBadge(dates, at) ? cert.stars : null
}

/**
 * The badge a product shows from `from`'s day on, as periods of constant stars: what a read model
 * stores so that a request evaluates the badge of its own day without reading the history. The
 * badge only changes at midnight of a day some certificate starts, ends (the day after valid_to),
 * is revoked or superseded; between two such days it is constant. At most `maxPeriods` badge
 * periods are returned; `recheck_at` is set when a later one exists.
 */
export function badgeTimeline(
  history: readonly BadgeHistoryEntry[],
  from: DateInput,
  maxPeriods = 2
): BadgeTimeline {
  const start = dayStart(from)
  const changes = new Set<number>()
  for (const cert of history) {
    for (const day of [cert.valid_from, cert.revoked_at, cert.superseded_at]) {
      if (day != null) changes.add(dayStart(day).getTime())
    }
    changes.add(dayStart(cert.valid_to).getTime() + DAY_MS)
  }
  const boundaries = [...changes].filter((time) => time > start.getTime()).sort((a, b) => a - b)
  const periods: BadgePeriod[] = []
  let recheck: Date | null = null
  let open: BadgePeriod | null = null
  const days = [start.getTime(), ...boundaries]
  for (const time of days) {
    const stars = badgeStarsOn(history, new Date(time))
    if (open && open.stars === stars) continue
    if (open) {
      open.until = new Date(time)
      open = null
    }
    if (stars == null) continue
    if (periods.length === maxPeriods) {
      recheck = new Date(time)
      break
    }
    open = { stars, from: new Date(time), until: null }
    periods.push(open)
  }
  return { periods, recheck_at: recheck }
}
