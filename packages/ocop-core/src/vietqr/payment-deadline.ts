import { err, ok, type Result } from "../result"

/** How long an order placed with VietQR waits for its transfer before it is cancelled. */
export const DEFAULT_VIETQR_PAYMENT_TTL_HOURS = 24

const HOUR_MS = 60 * 60 * 1000
// A week at most: longer, and stock held for a customer who never pays starves everyone else.
const MAX_TTL_HOURS = 7 * 24

/**
 * Reads a payment time-to-live setting: whole or fractional hours, more than 0 and at most a week;
 * empty means the default.
 */
export function parsePaymentTtlHours(value: string | undefined): Result<number> {
  const text = (value ?? "").trim()
  if (text === "") return ok(DEFAULT_VIETQR_PAYMENT_TTL_HOURS)
  const hours = Number(text)
  if (!/^\d+(\.\d+)?$/.test(text) || hours <= 0 || hours > MAX_TTL_HOURS) {
    return err(`must be a number of hours above 0 and at most ${MAX_TTL_HOURS} (got "${text}")`)
  }
  return ok(hours)
}

/** The moment an unpaid VietQR order placed at `placedAt` stops holding its stock. */
export function vietQrPaymentDeadline(placedAt: Date, ttlHours: number): Date {
  if (!(ttlHours > 0)) throw new RangeError(`ttlHours must be above 0, got ${ttlHours}`)
  return new Date(placedAt.getTime() + ttlHours * HOUR_MS)
}

/** The newest placement time whose deadline has passed at `now`: older unpaid orders expire. */
export function vietQrPaymentCutoff(now: Date, ttlHours: number): Date {
  if (!(ttlHours > 0)) throw new RangeError(`ttlHours must be above 0, got ${ttlHours}`)
  return new Date(now.getTime() - ttlHours * HOUR_MS)
}
