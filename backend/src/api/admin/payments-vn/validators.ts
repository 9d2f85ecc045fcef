import { z } from "@medusajs/framework/zod"

const id = (prefix: string) =>
  z
    .string()
    .trim()
    .regex(new RegExp(`^${prefix}_[0-9A-Za-z]+$`), `must be an id starting with ${prefix}_`)

/**
 * Staff "confirm received": name the payment by exactly one of reference, payment_session_id or
 * order_id; the amount must be what the order asks for. idempotency_key (client-generated) makes
 * a retried click harmless.
 */
export const AdminVietQrConfirmSchema = z
  .object({
    reference: z
      .string()
      .trim()
      .regex(/^[Oo][Cc][Oo][Pp][A-Za-z2-7]{10}$/, "must look like OCOPXXXXXXXXXX")
      .transform((value) => value.toUpperCase())
      .optional(),
    payment_session_id: id("payses").optional(),
    order_id: id("order").optional(),
    amount: z.number().int().positive(),
    note: z.string().trim().max(500).optional(),
    idempotency_key: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9_-]{8,64}$/, "must be 8–64 letters, digits, _ or -")
      .optional(),
    resolves_transfer_id: id("bktr").optional(),
  })
  .refine(
    (body) => [body.reference, body.payment_session_id, body.order_id].filter(Boolean).length === 1,
    {
      message: "give exactly one of reference, payment_session_id or order_id",
      path: ["reference"],
    }
  )

export type AdminVietQrConfirm = z.infer<typeof AdminVietQrConfirmSchema>

export const AdminListTransfersSchema = z.object({
  status: z.enum(["confirmed", "needs_review", "failed", "resolved"]).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})

export type AdminListTransfers = z.infer<typeof AdminListTransfersSchema>

/** Close a flagged or failed transfer; `refund` records money given back by hand. */
export const AdminResolveTransferSchema = z.object({
  note: z.string().trim().min(1).max(500),
  refund: z
    .object({
      amount: z.number().int().positive(),
      // The outgoing transfer's id in the shop's bank app, for the books
      reference: z.string().trim().min(1).max(100).optional(),
    })
    .optional(),
})

export type AdminResolveTransfer = z.infer<typeof AdminResolveTransferSchema>

export const AdminListEinvoiceRequestsSchema = z.object({
  // Only requests of placed orders by default: an abandoned cart needs no invoice.
  include_carts: z
    .enum(["true", "false"])
    .default("false")
    .transform((value) => value === "true"),
  created_from: z.iso.datetime({ offset: true }).optional(),
  created_to: z.iso.datetime({ offset: true }).optional(),
})

export type AdminListEinvoiceRequests = z.infer<typeof AdminListEinvoiceRequestsSchema>
