import { z } from "@medusajs/framework/zod"
import { PIN_PATTERN } from "../../../modules/pos-pin-auth/pin-hash"

export const AdminPairDeviceSchema = z.object({
  label: z.string().trim().min(1, "is required").max(100, "is longer than 100"),
})
export type AdminPairDevice = z.infer<typeof AdminPairDeviceSchema>

export const AdminCreateClerkSchema = z.object({
  name: z.string().trim().min(1, "is required").max(100, "is longer than 100"),
  role: z.enum(["clerk", "manager"], { message: "must be clerk or manager" }),
  pin: z.string().regex(PIN_PATTERN, "must be 4 to 6 digits"),
})
export type AdminCreateClerk = z.infer<typeof AdminCreateClerkSchema>

export const AdminPosListSchema = z.object({
  register_id: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
})
export type AdminPosList = z.infer<typeof AdminPosListSchema>
