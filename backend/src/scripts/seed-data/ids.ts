import { makeEan13, mstCheckDigit } from "@ocop/core"

/**
 * Made-up GS1 company code behind the Vietnam prefix 893 for every demo barcode. A real producer's
 * code comes from GS1 Vietnam; this one is demo.
 */
export const DEMO_GS1_COMPANY_CODE = "99001"

/** EAN-13 of a demo item: 893 + demo company code + four-digit item reference + check digit. */
export function demoEan13(itemRef: string): string {
  return makeEan13(`${DEMO_GS1_COMPANY_CODE}${itemRef}`)
}

/**
 * A 10-digit enterprise tax id (MST) for demo data: the first nine digits as given, completed with
 * the official check digit so that validateTaxId accepts it. Nine-digit stems whose check digit
 * would be "10" do not exist as MSTs and are refused.
 */
export function demoEnterpriseTaxId(firstNineDigits: string): string {
  const check = mstCheckDigit(firstNineDigits)
  if (check === null) throw new RangeError(`No valid MST starts with ${firstNineDigits}`)
  return `${firstNineDigits}${check}`
}
