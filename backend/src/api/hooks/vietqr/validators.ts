import { z } from "@medusajs/framework/zod"

const optionalText = (max: number) => z.string().trim().max(max).nullish()

/** A bank transfer notification as the bank or its aggregator posts it to /hooks/vietqr. */
export const VietQrNotificationSchema = z.object({
  transaction_id: z.string().trim().min(1).max(100),
  reference: optionalText(25),
  // Whole đồng; some aggregators send amounts as digit strings.
  amount: z.union([
    z.number().int().positive(),
    z
      .string()
      .regex(/^\d{1,13}$/)
      .transform(Number),
  ]),
  account_number: optionalText(19),
  bank_bin: z
    .string()
    .regex(/^\d{6}$/)
    .nullish(),
  paid_at: z.iso.datetime({ offset: true }).nullish(),
  description: optionalText(500),
})

export type VietQrNotification = z.infer<typeof VietQrNotificationSchema>

/** "amount: Invalid input; bank_bin: …" — names every field that is wrong. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.join(".") || "body"}: ${issue.message}`)
    .join("; ")
}
