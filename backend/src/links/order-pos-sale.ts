import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import PosModule from "../modules/pos"

/** order.pos_sale: which till, shift and clerk sold an order (none for web orders). */
export default defineLink(
  { linkable: OrderModule.linkable.order, field: "id" },
  { ...PosModule.linkable.posSale.id, primaryKey: "order_id" },
  { readOnly: true }
)
