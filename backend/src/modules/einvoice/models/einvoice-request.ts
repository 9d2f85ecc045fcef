import { model } from "@medusajs/framework/utils"

/**
 * A buyer's request for a VAT e-invoice, captured at checkout and exported for the shop's licensed
 * e-invoice provider (issuing is out of our hands). One per cart; order_id is filled in when the
 * cart becomes an order.
 */
export const EinvoiceRequest = model
  .define("einvoice_request", {
    id: model.id({ prefix: "einv" }).primaryKey(),
    cart_id: model.text().unique(),
    order_id: model.text().nullable(),
    // Normalised MST (10 digits, 10-3 for a branch) or 12-digit personal id; null for a person
    // who wants an invoice without a tax id
    buyer_tax_id: model.text().nullable(),
    // enterprise | branch | personal (from validateTaxId)
    tax_id_kind: model.text().nullable(),
    company_name: model.text().nullable(),
    buyer_name: model.text().nullable(),
    address: model.text().nullable(),
    email: model.text(),
  })
  .indexes([{ on: ["order_id"] }])
