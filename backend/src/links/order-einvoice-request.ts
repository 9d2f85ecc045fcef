import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import EinvoiceModule from "../modules/einvoice"

/**
 * order.einvoice_request: the buyer's VAT e-invoice request, if any. Read-only: the request stores
 * order_id (filled in when the cart becomes an order), so no link table is needed.
 */
export default defineLink(
  { linkable: OrderModule.linkable.order, field: "id" },
  { ...EinvoiceModule.linkable.einvoiceRequest.id, primaryKey: "order_id" },
  { readOnly: true }
)
