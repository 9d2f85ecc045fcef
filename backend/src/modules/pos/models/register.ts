import { model } from "@medusajs/framework/utils"
import { PosClerk } from "./clerk"
import { PosDevice } from "./device"

/**
 * A till: one sales channel (its own publishable key) with that channel's one stock location, in
 * a store or a trade-fair booth. Sales decrement only this location; prices come from this region.
 */
export const PosRegister = model
  .define("pos_register", {
    id: model.id({ prefix: "preg" }).primaryKey(),
    // Printed on receipts and the start of every sale number and VietQR reference ("CH1")
    code: model.text().unique(),
    name: model.text(),
    kind: model.enum(["store", "booth"]),
    // Read-only links: the channel (and its publishable key) and its one stock location
    sales_channel_id: model.text().unique(),
    stock_location_id: model.text(),
    region_id: model.text(),
    // What the receipt prints at the top: shop_name, address, tax_id, phone, footer_vi, footer_en
    receipt: model.json(),
    // The account a counter VietQR pays into; null: the VietQR provider's account
    vietqr: model.json().nullable(),
    // Line or sale discounts above this percent need a manager's approval
    discount_approval_percent: model.number().default(10),
    is_active: model.boolean().default(true),
    metadata: model.json().nullable(),
    devices: model.hasMany(() => PosDevice, { mappedBy: "register" }),
    clerks: model.hasMany(() => PosClerk, { mappedBy: "register" }),
  })
  .indexes([{ on: ["stock_location_id"] }])
