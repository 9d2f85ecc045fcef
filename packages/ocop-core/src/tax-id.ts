export type TaxIdKind = "enterprise" | "branch" | "personal"

export type TaxIdValidation =
  | { ok: true; kind: TaxIdKind; value: string }
  | { ok: false; error: string }

const MST_WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const

/**
 * Check digit of a 10-digit MST: 10 − (Σ digit×weight mod 11) over the first nine digits.
 * A remainder of 0 would need "10", which no valid MST has, so null is returned.
 * Checked against real MSTs (Vietcombank 0100112437, Viettel 0100109106, FPT 0101248141,
 * Vinamilk 0300588569) and an independent public implementation.
 */
export function mstCheckDigit(firstNineDigits: string): number | null {
  if (!/^\d{9}$/.test(firstNineDigits)) {
    throw new RangeError(`Expected 9 digits, got "${firstNineDigits}"`)
  }
  let sum = 0
  MST_WEIGHTS.forEach((weight, index) => {
    sum += weight * Number(firstNineDigits.charAt(index))
  })
  const remainder = sum % 11
  return remainder === 0 ? null : 10 - remainder
}

function checkEnterpriseCode(code: string): string | undefined {
  // Digits 3–9 are a sequence number starting at 0000001.
  if (code.slice(2, 9) === "0000000") return `Tax id "${code}" has an empty sequence number`
  if (mstCheckDigit(code.slice(0, 9)) !== Number(code.charAt(9))) {
    return `Tax id "${code}" has a wrong check digit; please check for a typo`
  }
  return undefined
}

/**
 * Vietnamese tax ids: 10 digits (company, cooperative; before 1/7/2025 also households),
 * 10 digits + "-" + 3 digits (a branch, 001–999), or since 1/7/2025 the 12-digit personal id
 * (citizen id) for households and individuals, which carries no check digit.
 * Spaces are ignored so that "0100 112 437" is accepted; the returned value has none.
 */
export function validateTaxId(text: string): TaxIdValidation {
  const value = text.replace(/\s+/g, "")
  if (/^\d{12}$/.test(value)) return { ok: true, kind: "personal", value }
  const match = /^(\d{10})(?:-(\d{3}))?$/.exec(value)
  if (!match) {
    return {
      ok: false,
      error: `Tax id "${text}" must be 10 digits, 10 digits-3 digits for a branch, or a 12-digit personal id`,
    }
  }
  const problem = checkEnterpriseCode(String(match[1]))
  if (problem) return { ok: false, error: problem }
  const branch = match[2]
  if (branch === undefined) return { ok: true, kind: "enterprise", value }
  if (branch === "000") return { ok: false, error: `Branch number in "${text}" must be 001–999` }
  return { ok: true, kind: "branch", value }
}
