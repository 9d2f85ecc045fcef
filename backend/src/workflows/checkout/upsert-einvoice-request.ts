import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { validateTaxId } from "@ocop/core"
import { loadOpenCartStep } from "./steps/load-open-cart"
import { upsertEinvoiceRequestStep } from "./steps/upsert-einvoice-request"

export interface UpsertEinvoiceRequestInput {
  cart_id: string
  buyer_tax_id?: string
  company_name?: string
  buyer_name?: string
  address?: string
  email: string
}

export const upsertEinvoiceRequestWorkflowId = "upsert-einvoice-request"

/** Records (or replaces) the buyer's VAT e-invoice request on an open cart. */
export const upsertEinvoiceRequestWorkflow = createWorkflow(
  upsertEinvoiceRequestWorkflowId,
  (input: UpsertEinvoiceRequestInput) => {
    const cart = loadOpenCartStep({ cart_id: input.cart_id })
    const fields = transform({ input, cart }, ({ input, cart }) => {
      // The route validated the tax id; this only normalises it (no spaces) and notes its kind.
      const checked = input.buyer_tax_id ? validateTaxId(input.buyer_tax_id) : undefined
      return {
        cart_id: cart.id,
        buyer_tax_id: checked?.ok ? checked.value : null,
        tax_id_kind: checked?.ok ? checked.kind : null,
        company_name: input.company_name || null,
        buyer_name: input.buyer_name || null,
        address: input.address || null,
        email: input.email.toLowerCase(),
      }
    })
    return new WorkflowResponse(upsertEinvoiceRequestStep(fields))
  }
)
