/**
 * Counter VietQR: which register a bank notification pays, and whether a transfer and a sale
 * agree. References are register code + tablet letter + six digits ("CH1A000123"), unique per
 * register even offline because each tablet counts on its own letter.
 */

export type CounterVietQrStatus = "pending" | "confirmed" | "needs_review"

export interface CounterVietQrSides {
  /** The tender's amount, once the sale has synced. */
  expected_amount: number | null
  /** The bank's amount, once the notification has arrived. */
  received_amount: number | null
}

/** Both sides present and equal: confirmed; one missing: pending; unequal: staff must look. */
export function counterVietQrStatus(sides: CounterVietQrSides): {
  status: CounterVietQrStatus
  review_reason: string | null
} {
  if (sides.expected_amount == null || sides.received_amount == null) {
    return { status: "pending", review_reason: null }
  }
  if (sides.expected_amount === sides.received_amount) {
    return { status: "confirmed", review_reason: null }
  }
  return { status: "needs_review", review_reason: "amount_mismatch" }
}

function lettersAndDigits(text: string): string {
  return text.replace(/[^A-Z0-9]/g, "")
}

/**
 * Finds a counter reference of one of `registerCodes` in what the bank reports. Banks prepend
 * their own codes, change case and break the note with spaces or dots, so each text is read
 * upper-cased as is, then with everything but letters and digits removed. Longer codes are tried
 * first so that "CH10" is not read as "CH1" + "0".
 */
export function findCounterReference(
  registerCodes: readonly string[],
  ...texts: Array<string | null | undefined>
): { reference: string; register_code: string } | null {
  const codes = [...registerCodes].map(lettersAndDigits).filter(Boolean)
  codes.sort((a, b) => b.length - a.length)
  for (const text of texts) {
    if (!text) continue
    const upper = text.toUpperCase()
    for (const candidate of [upper, upper.replace(/[^A-Z0-9]/g, "")]) {
      for (const code of codes) {
        const match = new RegExp(`${code}[A-Z][0-9]{6}(?![0-9])`).exec(candidate)
        if (match) return { reference: match[0], register_code: code }
      }
    }
  }
  return null
}
