import type { FieldProblem } from "./result"
import { validateTaxId } from "./tax-id"
import { cleanText, cleanTextFields, slugifyVi } from "./text"

/** Who may hold an OCOP certificate (chủ thể OCOP). */
export const PRODUCER_KINDS = ["company", "cooperative", "cooperative_group", "household"] as const
export type ProducerKind = (typeof PRODUCER_KINDS)[number]

export const PRODUCER_KIND_NAMES: Readonly<Record<ProducerKind, { vi: string; en: string }>> = {
  company: { vi: "Doanh nghiệp", en: "Company" },
  cooperative: { vi: "Hợp tác xã", en: "Cooperative" },
  cooperative_group: { vi: "Tổ hợp tác", en: "Cooperative group" },
  household: { vi: "Hộ kinh doanh", en: "Household business" },
}

export function isProducerKind(value: unknown): value is ProducerKind {
  return typeof value === "string" && (PRODUCER_KINDS as readonly string[]).includes(value)
}

/** A producer's own fields, as the OCOP office records them. */
export interface ProducerFields {
  /** URL handle ("htx-quyt-vang-bac-son"); derived from the name when left out. */
  handle: string
  name: string
  kind: ProducerKind
  /** 10 digits, 10-3 for a branch, or a household's 12-digit personal id. */
  tax_id: string | null
  province_code: string
  ward_code: string | null
  /** The code list the province and ward codes belong to ("2025"). */
  address_schema: string
  address_line: string | null
  /** District before the 2025 reform: history and brand, not an address. */
  legacy_district: string | null
  phone: string | null
  story_vi: string | null
  story_en: string | null
  photos: string[] | null
  latitude: number | null
  longitude: number | null
  is_demo: boolean
  metadata: Record<string, unknown> | null
}

const HANDLE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const PRODUCER_TEXT_FIELDS = [
  "name",
  "province_code",
  "ward_code",
  "address_schema",
  "address_line",
  "legacy_district",
  "phone",
  "story_vi",
  "story_en",
] as const satisfies readonly (keyof ProducerFields)[]

export interface NormalizedProducer {
  data: Partial<ProducerFields>
  problems: FieldProblem[]
}

/**
 * Cleans producer fields (NFC, trimmed, tax id without spaces) and lists every problem at once.
 * Only the fields present are checked, so the same function serves create and update.
 */
export function normalizeProducerFields(
  fields: Partial<ProducerFields>,
  { isCreate }: { isCreate: boolean }
): NormalizedProducer {
  const problems: FieldProblem[] = []
  const data = cleanTextFields(fields, PRODUCER_TEXT_FIELDS)

  if ((isCreate || fields.name !== undefined) && !data.name) {
    problems.push({ field: "name", message: "must not be empty" })
  }
  if ((isCreate || fields.province_code !== undefined) && !data.province_code) {
    problems.push({ field: "province_code", message: "must not be empty" })
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
