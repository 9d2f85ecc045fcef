/** GS1 Vietnam's country prefix. */
export const GS1_VIETNAM_PREFIX = "893"

/** Standard GS1 mod-10 check digit: weights 1,3,1,3… from the left over the first 12 digits. */
export function ean13CheckDigit(firstTwelveDigits: string): number {
  if (!/^\d{12}$/.test(firstTwelveDigits)) {
    throw new RangeError(`EAN-13 check digit needs exactly 12 digits, got "${firstTwelveDigits}"`)
  }
  let sum = 0
  for (let index = 0; index < 12; index++) {
    sum += Number(firstTwelveDigits.charAt(index)) * (index % 2 === 0 ? 1 : 3)
  }
  return (10 - (sum % 10)) % 10
}

export function isValidEan13(code: string): boolean {
  return /^\d{13}$/.test(code) && ean13CheckDigit(code.slice(0, 12)) === Number(code.charAt(12))
}

/**
 * Completes an EAN-13 from the company prefix and item reference. The prefix comes second (with
 * the Vietnam default) so the common call is `makeEan13("1234567890")`.
 */
export function makeEan13(companyAndItemDigits: string, prefix = GS1_VIETNAM_PREFIX): string {
  const firstTwelve = `${prefix}${companyAndItemDigits}`
  if (!/^\d{12}$/.test(firstTwelve)) {
    throw new RangeError(
      `Prefix and company/item digits must be 12 digits together, got "${prefix}" + "${companyAndItemDigits}"`
    )
  }
  return `${firstTwelve}${ean13CheckDigit(firstTwelve)}`
}
