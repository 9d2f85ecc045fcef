import { slugifyVi, validateTaxId } from "@ocop/core"
import type { FieldProblem } from "./errors"
import { cleanText, cleanTextFields } from "./text"
import type { OcopProducerFields } from "./types"

const HANDLE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const TEXT_FIELDS = [
  "name",
  "province_code",
  "ward_code",
  "address_schema",
  "address_line",
  "legacy_district",
  "phone",
  "story_vi",
  "story_en",
] as const satisfies readonly (keyof OcopProducerFields)[]

export interface NormalizedProducer {
  data: OcopProducerFields
  problems: FieldProblem[]
}

/**
 * Cleans producer fields (NFC, trimmed, tax id without spaces) and lists every problem at once.
 * Only the fields present are checked, so the same function serves create and update.
 */
export function normalizeProducerFields(
  fields: OcopProducerFields,
  { isCreate }: { isCreate: boolean }
): NormalizedProducer {
  const problems: FieldProblem[] = []
  const data = cleanTextFields(fields, TEXT_FIELDS)

  if (isCreate || fields.name !== undefined) {
    if (!data.name) problems.push({ field: "name", message: "must not be empty" })
  }
  if (isCreate || fields.province_code !== undefined) {
    if (!data.province_code) problems.push({ field: "province_code", message: "must not be empty" })
  }

  if (fields.handle !== undefined) {
    const handle = cleanText(fields.handle) ?? ""
    if (!HANDLE.test(handle)) {
      problems.push({
        field: "handle",
        message: `"${fields.handle}" must be lower-case letters, digits and single dashes`,
      })
    }
    data.handle = handle
  } else if (isCreate && data.name) {
    data.handle = slugifyVi(data.name)
    if (!data.handle) {
      problems.push({ field: "handle", message: "cannot be derived from the name; give one" })
    }
  }

  if (fields.tax_id !== undefined) {
    const taxId = cleanText(fields.tax_id)
    if (taxId == null) {
      data.tax_id = null
    } else {
      const checked = validateTaxId(taxId)
      if (checked.ok) data.tax_id = checked.value
      else problems.push({ field: "tax_id", message: checked.error })
    }
  }

  if (data.latitude != null && (data.latitude < -90 || data.latitude > 90)) {
    problems.push({ field: "latitude", message: "must be between -90 and 90" })
  }
  if (data.longitude != null && (data.longitude < -180 || data.longitude > 180)) {
    problems.push({ field: "longitude", message: "must be between -180 and 180" })
  }

  return { data, problems }
}
