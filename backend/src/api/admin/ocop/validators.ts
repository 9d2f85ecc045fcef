import { z } from "@medusajs/framework/zod"
import { ISSUER_LEVELS, toDate, VAT_CATEGORIES } from "@ocop/core"
import type {
  AdminCreateOcopProducerBody,
  AdminIssueOcopCertificateBody,
  AdminRevokeOcopCertificateBody,
  AdminSetOcopProfileBody,
  AdminUpdateOcopProducerBody,
} from "@ocop/sdk"
import { PRODUCER_KINDS } from "../../../workflows/ocop"

/*
 * Medusa's validateAndTransformBody turns type, required, enum and range errors into messages that
 * name the field ("Field 'name' is required"), but passes custom and format messages through as
 * written: every refinement below therefore starts its message with the field name.
 */

function isDate(value: string): boolean {
  try {
    toDate(value)
    return true
  } catch {
    return false
  }
}

const date = (field: string) =>
  z.string().refine(isDate, `${field}: must be a date, YYYY-MM-DD or ISO 8601`)

const integerIn = (field: string, min: number, max: number) =>
  z
    .number()
    .refine(
      (value) => Number.isInteger(value) && value >= min && value <= max,
      `${field}: must be an integer from ${min} to ${max}`
    )

const text = (max: number) => z.string().max(max)
const provinceCode = z.string().regex(/^\d{2}$/, "province_code: must be a 2-digit province code")
const wardCode = z.string().regex(/^\d{5}$/, "ward_code: must be a 5-digit ward or commune code")
const photoUrl = z
  .string()
  .refine((value) => /^https?:\/\/\S+$/.test(value), "photos: each photo must be an http(s) URL")

const producerFields = {
  handle: text(120).optional(),
  name: text(200),
  kind: z.enum(PRODUCER_KINDS),
  tax_id: text(20).nullish(),
  province_code: provinceCode,
  ward_code: wardCode.nullish(),
  address_schema: text(20).optional(),
  address_line: text(300).nullish(),
  legacy_district: text(100).nullish(),
  phone: text(30).nullish(),
  story_vi: text(5000).nullish(),
  story_en: text(5000).nullish(),
  photos: z.array(photoUrl).max(20).nullish(),
  latitude: z.number().min(-90).max(90).nullish(),
  longitude: z.number().min(-180).max(180).nullish(),
  is_demo: z.boolean().optional(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
}

export const AdminCreateOcopProducer = z.object(producerFields)
export type AdminCreateOcopProducerType = z.infer<typeof AdminCreateOcopProducer>

export const AdminUpdateOcopProducer = z.object(producerFields).partial()
export type AdminUpdateOcopProducerType = z.infer<typeof AdminUpdateOcopProducer>

export const AdminListOcopProducers = z.object({
  q: text(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})
export type AdminListOcopProducersType = z.infer<typeof AdminListOcopProducers>

export const AdminSetOcopProductProfile = z.object({
  product_group: text(60),
  sub_group: text(60).nullish(),
  origin_label: text(200).nullish(),
  province_code: provinceCode,
  ward_code: wardCode.nullish(),
  address_schema: text(20).optional(),
  legacy_district: text(100).nullish(),
  producer_id: text(60).nullish(),
  is_alcohol: z.boolean().optional(),
  abv: z.number().min(0).max(100).nullish(),
  vat_category: z.enum(VAT_CATEGORIES).optional(),
  is_demo: z.boolean().optional(),
})
export type AdminSetOcopProductProfileType = z.infer<typeof AdminSetOcopProductProfile>

export const AdminIssueOcopCertificate = z.object({
  stars: integerIn("stars", 1, 5),
  score: z.number().min(0).max(100).nullish(),
  decision_number: text(100),
  decision_date: date("decision_date"),
  issuer_name: text(200),
  issuer_level: z.enum(ISSUER_LEVELS),
  legal_basis: text(60),
  round_label: text(100).nullish(),
  valid_from: date("valid_from").optional(),
  valid_to: date("valid_to").optional(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
})
export type AdminIssueOcopCertificateType = z.infer<typeof AdminIssueOcopCertificate>

export const AdminRevokeOcopCertificate = z.object({
  reason: text(1000),
  revoked_at: date("revoked_at").optional(),
})
export type AdminRevokeOcopCertificateType = z.infer<typeof AdminRevokeOcopCertificate>

export const AdminListExpiringOcopCertificates = z.object({
  expiring_within_days: z.coerce.number().int().min(0).max(3650).default(60),
  /** Also list current certificates that already expired and were not renewed. */
  include_expired: z
    .enum(["true", "false"])
    .optional()
    .transform((value) => value === "true"),
  limit: z.coerce.number().int().min(1).max(500).default(200),
  offset: z.coerce.number().int().min(0).default(0),
})
export type AdminListExpiringOcopCertificatesType = z.infer<
  typeof AdminListExpiringOcopCertificates
>

export const AdminGetOcopParams = z.object({})

/*
 * Each body schema accepts exactly the body @ocop/sdk declares for its route: a field added to one
 * side only fails this assignment at compile time.
 */
type SameKeys<A, B> = [keyof A] extends [keyof B]
  ? [keyof B] extends [keyof A]
    ? true
    : false
  : false
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? SameKeys<A, B> : false) : false
export const BODIES_MATCH_SDK: [
  Same<z.input<typeof AdminCreateOcopProducer>, AdminCreateOcopProducerBody>,
  Same<z.input<typeof AdminUpdateOcopProducer>, AdminUpdateOcopProducerBody>,
  Same<z.input<typeof AdminSetOcopProductProfile>, AdminSetOcopProfileBody>,
  Same<z.input<typeof AdminIssueOcopCertificate>, AdminIssueOcopCertificateBody>,
  Same<z.input<typeof AdminRevokeOcopCertificate>, AdminRevokeOcopCertificateBody>,
] = [true, true, true, true, true]
