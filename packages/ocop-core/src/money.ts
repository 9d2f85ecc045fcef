import { err, ok, type Result } from "./result"

/** Throws unless `amount` is a whole, non-negative number of đồng within the safe integer range. */
export function assertVnd(amount: unknown, what = "amount"): asserts amount is number {
  if (typeof amount !== "number" || !Number.isSafeInteger(amount) || amount < 0) {
    throw new RangeError(
      `${what} must be a whole non-negative number of đồng, got ${String(amount)}`
    )
  }
}

const THOUSANDS = /\B(?=(\d{3})+$)/g

/**
 * "120.000 ₫" (a no-break space U+00A0 before ₫), exactly what vi-VN's currency format writes.
 * Negative amounts are allowed so refunds and adjustments can be displayed; fractions are a bug
 * upstream (VND has no minor unit) and throw. Written out rather than through Intl.NumberFormat:
 * a browser's first vi-VN number format loads its locale data in one 40–100 ms task, which a
 * cheap phone pays on every page that shows a price.
 */
export function formatVnd(amount: number): string {
  if (!Number.isSafeInteger(amount)) {
    throw new RangeError(`VND amounts are whole numbers of đồng, got ${amount}`)
  }
  // Math.abs(-0) is 0: no "-0 ₫"
  const digits = String(Math.abs(amount)).replace(THOUSANDS, ".")
  return `${amount < 0 ? "-" : ""}${digits}\u00a0₫`
}

export interface ParseVndOptions {
  allowNegative?: boolean
}

const CURRENCY_MARK = /^(?:₫|đ|vnđ|vnd|đồng)\s*|\s*(?:₫|đ|vnđ|vnd|đồng)$/giu
const PLAIN_DIGITS = /^\d+$/
const DOT_GROUPED = /^\d{1,3}(?:\.\d{3})+$/
const COMMA_GROUPED = /^\d{1,3}(?:,\d{3})+$/

/**
 * Reads an amount typed by a person or copied from a page: "120.000 ₫", "120000", "120.000",
 * "120,000", "120.000đ", "120000 VND". A separator must group exactly three digits, so "1.5" or
 * "120.000,50" is refused instead of being guessed as a fraction or as thousands.
 */
export function parseVnd(text: string, options: ParseVndOptions = {}): Result<number> {
  let body = text.normalize("NFC").trim().replace(CURRENCY_MARK, "").trim()
  const negative = /^[-−]/.test(body)
  if (negative) body = body.slice(1).trim()
  if (!PLAIN_DIGITS.test(body) && !DOT_GROUPED.test(body) && !COMMA_GROUPED.test(body)) {
    return err(`"${text}" is not a whole amount of đồng`)
  }
  const magnitude = Number(body.replace(/[.,]/g, ""))
  if (!Number.isSafeInteger(magnitude)) return err(`"${text}" is too large an amount`)
  if (negative && magnitude !== 0) {
    if (!options.allowNegative) return err(`"${text}" is negative; a positive amount is expected`)
    return ok(-magnitude)
  }
  return ok(magnitude)
}
