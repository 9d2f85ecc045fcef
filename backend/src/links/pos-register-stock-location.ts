import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import PosModule from "../modules/pos"

/** pos_register.stock_location: the one location the register sells from. */
export default defineLink(
  { linkable: PosModule.linkable.posRegister, field: "stock_location_id" },
  StockLocationModule.linkable.stockLocation,
  { readOnly: true }
)
