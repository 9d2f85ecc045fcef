import { z } from "@medusajs/framework/zod"
import { validateTaxId } from "@ocop/core"

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => value.normalize("NFC"))

/**
 * Age gate for alcohol: either the buyer's birth date (checked here, not stored) or an explicit
 * declaration of being an adult.
 */
export const StoreAgeConfirmationSchema = z
  .object({
    birth_date: z.iso.date({ error: "Field 'birth_date' must be a date YYYY-MM-DD" }).optional(),
    confirmed_adult: z.literal(true).optional(),
  })
  .refine((body) => body.birth_date !== undefined || body.confirmed_adult === true, {
    message: "Field 'birth_date': give birth_date (YYYY-MM-DD) or confirmed_adult: true",
    path: ["birth_date"],
  })

export type StoreAgeConfirmation = z.infer<typeof StoreAgeConfirmationSchema>

/**
 * A VAT e-invoice request. With a tax id (company, branch or a household's 12-digit id) the
 * invoice names the business, so company name and address are required; without one it names a
 * person, so the buyer's name is required. The email is where the provider sends the invoice.
 */
export const StoreEinvoiceRequestSchema = z
  .object({
    buyer_tax_id: z.string().trim().max(20).optional(),
    company_name: text(200).optional(),
    buyer_name: text(100).optional(),
    address: text(300).optional(),
    email: z.email({ error: "Field 'email' must be an email address" }).max(200),
  })
  .superRefine((body, ctx) => {
    const checked = body.buyer_tax_id ? validateTaxId(body.buyer_tax_id) : undefined
    // Medusa's 400 message lists issue messages, so each names its field.
    const issue = (field: string, message: string) =>
      ctx.addIssue({ code: "custom", message: `Field '${field}': ${message}`, path: [field] })
    if (checked && !checked.ok) {
      issue("buyer_tax_id", checked.error)
      return
    }
    const namesBusiness = checked?.ok === true && checked.kind !== "personal"
    if (namesBusiness && !body.company_name) {
      issue("company_name", "required with a company tax id")
    }
    if (checked && !body.address) issue("address", "required with a tax id")
    if (!namesBusiness && !body.buyer_name) {
      issue("buyer_name", "required when the invoice names a person (no company tax id)")
    }
  })

export type StoreEinvoiceRequestBody = z.infer<typeof StoreEinvoiceRequestSchema>
