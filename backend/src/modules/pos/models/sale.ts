import { model } from "@medusajs/framework/utils"

/**
 * A sale rung up on a tablet and the Medusa order it became. The tablet's UUID is unique: a retry,
 * or twenty at once, finds this row instead of creating a second order.
 */
export const PosSale = model
  .define("pos_sale", {
    id: model.id({ prefix: "psal" }).primaryKey(),
    client_id: model.text().unique(),
    register_id: model.text(),
    shift_id: model.text(),
    clerk_id: model.text(),
    // Tablet that sent it
    device_id: model.text().nullable(),
    // Register-scoped, human readable ("CH1A-000123")
    sale_number: model.text(),
    // pending: the workflow is writing the order; recorded: done
    status: model.enum(["pending", "recorded"]).default("pending"),
    order_id: model.text().nullable(),
    order_display_id: model.number().nullable(),
    total: model.number(),
    vat_total: model.number(),
    discount_total: model.number(),
    change_due: model.number(),
    // When the clerk rang it up (tablet clock)
    rung_up_at: model.dateTime(),
    // [{kind, amount, received, reference, confirmed_offline}]
    tenders: model.json(),
    // [{rate_percent, vat, gross}]
    vat_by_rate: model.json(),
    age_check: model.json().nullable(),
    customer: model.json().nullable(),
    einvoice: model.json().nullable(),
    discount_approved_by: model.text().nullable(),
  })
  .indexes([
    { on: ["register_id", "sale_number"] },
    { on: ["shift_id"] },
    { on: ["order_id"], unique: true, where: "order_id IS NOT NULL AND deleted_at IS NULL" },
  ])
