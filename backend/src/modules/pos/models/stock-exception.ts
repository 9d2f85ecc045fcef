import { model } from "@medusajs/framework/utils"

/**
 * A line sold beyond the stock recorded at the register's location (the goods left with a paying
 * customer): accepted, and listed here for a manager to recount or transfer stock.
 */
export const PosStockException = model
  .define("pos_stock_exception", {
    id: model.id({ prefix: "pstx" }).primaryKey(),
    register_id: model.text(),
    sale_id: model.text(),
    sale_number: model.text(),
    variant_id: model.text(),
    inventory_item_id: model.text(),
    title: model.text(),
    sold: model.number(),
    // Available (stocked − reserved) at the location after the sale: negative
    stock_after: model.number(),
    resolved_at: model.dateTime().nullable(),
    resolved_by: model.text().nullable(),
  })
  .indexes([{ on: ["register_id", "created_at"] }, { on: ["sale_id"] }])
