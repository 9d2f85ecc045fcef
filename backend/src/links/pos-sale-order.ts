import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import PosModule from "../modules/pos"

/** pos_sale.order: the Medusa order a till sale became. */
export default defineLink(
  { linkable: PosModule.linkable.posSale, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
