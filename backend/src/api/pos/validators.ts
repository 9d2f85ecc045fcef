import { z } from "@medusajs/framework/zod"
import { PIN_PATTERN } from "../../modules/pos-pin-auth/pin-hash"

/**
 * Bodies and queries of the tablet routes. Refusals name the field as the contract says
 * ("lines.0.quantity: …", see PosError in @ocop/sdk); limits keep one request small.
 */

export const MAX_SALE_LINES = 200
export const MAX_TENDERS = 10
/** One sale or movement never exceeds a billion đồng at a till. */
export const MAX_AMOUNT = 1_000_000_000
export const MAX_QUANTITY = 9_999

const id = z.string().trim().min(1, "is required").max(100, "is too long")
const isoTime = z.iso.datetime({ offset: true, message: "must be an ISO date-time" })
const uuid = z.uuid({ message: "must be a UUID" })
const vnd = z
  .number({ message: "must be a number" })
  .int("must be a whole number of đồng")
  .min(0, "must not be negative")
  .max(MAX_AMOUNT, `must be at most ${MAX_AMOUNT}`)
const positiveVnd = vnd.refine((value) => value > 0, "must be above 0")
const optionalText = (max: number) => z.string().trim().max(max, `is longer than ${max}`).nullish()

export const PosSignInSchema = z.object({
  device_token: z.string().min(10, "is not a device token").max(200, "is not a device token"),
  clerk_id: id,
  pin: z.string().regex(PIN_PATTERN, "must be 4 to 6 digits"),
})

export const PosCatalogQuerySchema = z.object({
  updated_since: isoTime.optional(),
  cursor: z.string().max(500, "is not a cursor").optional(),
  limit: z.coerce
    .number()
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(1000, "must be at most 1000")
    .default(500),
})
export type PosCatalogQueryInput = z.infer<typeof PosCatalogQuerySchema>

const discount = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("percent"),
    value: z.number().int("must be a whole percent").min(0).max(100, "must be at most 100"),
  }),
  z.object({ type: z.literal("amount"), value: vnd }),
])

const line = z.object({
  variant_id: id,
  quantity: z
    .number({ message: "must be a number" })
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(MAX_QUANTITY, `must be at most ${MAX_QUANTITY}`),
  unit_price: vnd,
  discount: discount.nullish(),
})

const tender = z.object({
  kind: z.enum(["cash", "vietqr", "card"], { message: "must be cash, vietqr or card" }),
  amount: positiveVnd,
  received: vnd.nullish(),
  reference: z
    .string()
    .trim()
    .max(40, "is longer than 40")
    .regex(/^[A-Za-z0-9._/-]*$/, "may hold letters, digits and . _ / - only")
    .nullish(),
  confirmed_offline: z.boolean().optional(),
})

export const PosSaleSchema = z.object({
  client_id: uuid,
  sale_number: z
    .string()
    .trim()
    .min(1, "is required")
    .max(40, "is longer than 40")
    .regex(/^[A-Za-z0-9-]+$/, "may hold letters, digits and - only"),
  shift_id: id,
  clerk_id: id,
  created_at: isoTime,
  lines: z
    .array(line)
    .min(1, "a sale needs at least one line")
    .max(MAX_SALE_LINES, `a sale has at most ${MAX_SALE_LINES} lines`),
  order_discount: discount.nullish(),
  discount_approved_by: id.nullish(),
  tenders: z
    .array(tender)
    .min(1, "a sale needs at least one tender")
    .max(MAX_TENDERS, `a sale has at most ${MAX_TENDERS} tenders`),
  age_check: z.object({ checked_by: id, checked_at: isoTime }).nullish(),
  customer: z
    .object({
      phone: z
        .string()
        .trim()
        .regex(/^\+?[0-9 .-]{8,20}$/, "must be a phone number")
        .nullish(),
      name: optionalText(200),
    })
    .nullish(),
  einvoice: z
    .object({
      kind: z.enum(["company", "personal"], { message: "must be company or personal" }),
      tax_id: z.string().trim().min(1, "is required").max(20, "is longer than 20"),
      name: z.string().trim().min(1, "is required").max(300, "is longer than 300"),
      address: z.string().trim().min(1, "is required").max(500, "is longer than 500"),
      email: z.email({ message: "must be an email address" }).max(320),
      buyer_name: optionalText(200),
    })
    .nullish(),
})
export type PosSaleBody = z.infer<typeof PosSaleSchema>

/** Sales one batch may carry; the tablet sends fewer (see pos/src/features/outbox). */
export const MAX_BATCH_SALES = 100

/** The envelope only: each sale is validated on its own, so one bad sale refuses only itself. */
export const PosSalesBatchSchema = z.object({
  sales: z
    .array(z.unknown())
    .min(1, "a batch needs at least one sale")
    .max(MAX_BATCH_SALES, `a batch has at most ${MAX_BATCH_SALES} sales`),
})
export type PosSalesBatchBody = z.infer<typeof PosSalesBatchSchema>

export const PosShiftOpenSchema = z.object({
  client_id: uuid,
  clerk_id: id,
  opened_at: isoTime,
  opening_float: vnd,
})

export const PosCashMovementSchema = z.object({
  client_id: uuid,
  clerk_id: id,
  kind: z.enum(["in", "out"], { message: "must be in or out" }),
  amount: positiveVnd,
  reason: z.string().trim().min(1, "is required").max(300, "is longer than 300"),
  at: isoTime,
})

const counted = z.object({ cash: vnd, vietqr: vnd, card: vnd })

export const PosShiftCloseSchema = z.object({
  clerk_id: id,
  closed_at: isoTime,
  counted,
  sales: z
    .object({
      count: z.number().int("must be a whole number").min(0, "must not be negative"),
      total: z.number().int("must be a whole number").min(0, "must not be negative"),
    })
    .optional(),
})

export const PosLockoutSchema = z
  .object({
    client_id: uuid,
    clerk_id: id,
    failed_attempts: z.number().int("must be a whole number").min(1).max(100),
    locked_at: isoTime,
    locked_until: isoTime,
  })
  .refine((lockout) => Date.parse(lockout.locked_until) > Date.parse(lockout.locked_at), {
    message: "must be after locked_at",
    path: ["locked_until"],
  })

export const PosVietQrReferenceSchema = z.object({
  reference: z
    .string()
    .regex(/^[A-Z0-9]{2,8}[A-Z][0-9]{4,8}$/, "is not a counter VietQR reference"),
})
