import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import EinvoiceModule from "../modules/einvoice"

/** einvoice_request.order: from a request (the CSV export) to its order. */
export default defineLink(
  { linkable: EinvoiceModule.linkable.einvoiceRequest, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
