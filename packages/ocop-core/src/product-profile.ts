import { isValidGroup } from "./product-groups"
import type { FieldProblem } from "./result"
import { cleanTextFields, toSearchKey } from "./text"
import { VAT_CATEGORIES, type VatCategory } from "./vat"

/** The OCOP side of a catalog product: group, origin, producer and what checkout needs. */
export interface ProductProfileFields {
  /** OCOP product group code, with an optional sub-group (PRODUCT_GROUPS). */
  product_group: string
  sub_group: string | null
  /** Brand/origin label as sold ("Quýt vàng Bắc Sơn"): not an address. */
  origin_label: string | null
  province_code: string
  ward_code: string | null
  address_schema: string
  /** District before the 2025 reform: history and brand, not an address. */
  legacy_district: string | null
  producer_id: string | null
  is_alcohol: boolean
  /** % alcohol by volume; promotions are banned at 15 % and above. */
  abv: number | null
  vat_category: VatCategory
  is_demo: boolean
}

const PROFILE_TEXT_FIELDS = [
  "product_group",
  "sub_group",
  "origin_label",
  "province_code",
  "ward_code",
  "address_schema",
  "legacy_district",
  "producer_id",
] as const satisfies readonly (keyof ProductProfileFields)[]

/**
 * Cleans a profile (NFC, trimmed, blanks to null) and lists every problem with the OCOP rules
 * at once: a known group and a sub-group of it, a province, an ABV that is a percentage and a
 * VAT category of the schedule. Whether the producer exists is for the caller to check.
 */
export function normalizeProfileFields<T extends Partial<ProductProfileFields>>(
  fields: T
): { data: T; problems: FieldProblem[] } {
  const data = cleanTextFields(fields, PROFILE_TEXT_FIELDS)
  const problems: FieldProblem[] = []
  if (!data.product_group || !isValidGroup(data.product_group)) {
    problems.push({
      field: "product_group",
      message: `unknown OCOP product group "${fields.product_group}"`,
    })
  } else if (data.sub_group && !isValidGroup(data.product_group, data.sub_group)) {
    problems.push({
      field: "sub_group",
      message: `"${data.sub_group}" is not a sub-group of ${data.product_group}`,
    })
  }
  if (!data.province_code) problems.push({ field: "province_code", message: "must not be empty" })
  if (data.abv != null && (!Number.isFinite(data.abv) || data.abv < 0 || data.abv > 100)) {
    problems.push({ field: "abv", message: "must be a percentage from 0 to 100" })
  }
  if (data.vat_category !== undefined && !VAT_CATEGORIES.includes(data.vat_category)) {
    problems.push({ field: "vat_category", message: `must be one of ${VAT_CATEGORIES.join(", ")}` })
  }
  return { data, problems }
}

export interface SearchKeyParts {
  title?: string | null
  origin_label?: string | null
  producer_name?: string | null
  legacy_district?: string | null
}

/**
 * What shoppers may type to find a product: its title, origin label, producer and former
 * district, without diacritics ("quyt vang bac son" finds "Quýt vàng Bắc Sơn").
 */
export function productSearchKey(parts: SearchKeyParts): string {
  const words = [parts.title, parts.origin_label, parts.producer_name, parts.legacy_district]
  return toSearchKey(words.filter((word): word is string => Boolean(word)).join(" "))
}
