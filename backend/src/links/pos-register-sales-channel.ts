import { defineLink } from "@medusajs/framework/utils"
import SalesChannelModule from "@medusajs/medusa/sales-channel"
import PosModule from "../modules/pos"

/** pos_register.sales_channel: the register's channel (and through it, its publishable key). */
export default defineLink(
  { linkable: PosModule.linkable.posRegister, field: "sales_channel_id" },
  SalesChannelModule.linkable.salesChannel,
  { readOnly: true }
)
