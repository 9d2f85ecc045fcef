import { randomBytes } from "node:crypto"

/** RFC 4648 base32: upper-case letters and 2–7, nothing a bank app could mangle or confuse. */
const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
export const REFERENCE_PREFIX = "OCOP"
const RANDOM_LENGTH = 10
const REFERENCE_PATTERN = new RegExp(`${REFERENCE_PREFIX}[${BASE32}]{${RANDOM_LENGTH}}`)

/**
 * A fresh payment reference such as "OCOPK3XQ7M2ZAB": 14 ASCII characters, inside the 19 that
 * every bank keeps of a transfer note, and 50 random bits so that two open orders practically
 * never share one (a collision is still caught: the match is then flagged for staff).
 */
export function newPaymentReference(): string {
  const bytes = randomBytes(RANDOM_LENGTH)
  let out = REFERENCE_PREFIX
  for (const byte of bytes) out += BASE32.charAt(byte & 31)
  return out
}

export function isPaymentReference(text: string): boolean {
  return new RegExp(`^${REFERENCE_PATTERN.source}$`).test(text)
}

/**
 * Finds our reference in what the bank reports. Banks prepend their own codes, change case, or
 * break the note with spaces and dots ("MBVCB.1234.ocopk3xq 7m2zab.CT tu…"), so the note is read
 * upper-cased first as is, then with everything but letters and digits removed.
 */
export function findPaymentReference(...texts: Array<string | null | undefined>): string | null {
  for (const text of texts) {
    if (!text) continue
    const upper = text.toUpperCase()
    const direct = REFERENCE_PATTERN.exec(upper)
    if (direct) return direct[0]
    const squeezed = REFERENCE_PATTERN.exec(upper.replace(/[^A-Z0-9]/g, ""))
    if (squeezed) return squeezed[0]
  }
  return null
}
