import { model } from "@medusajs/framework/utils"

/**
 * A register's working session: opening float → sales and cash movements → blind count per tender
 * → Z report. The Z report is a snapshot written once, at close, and never changed.
 */
export const PosShift = model
  .define("pos_shift", {
    id: model.id({ prefix: "pshf" }).primaryKey(),
    // The tablet's UUID: opening is idempotent on it, and sales may name the shift by it
    client_id: model.text().unique(),
    register_id: model.text(),
    status: model.enum(["open", "closed"]).default("open"),
    opened_by: model.text(),
    opened_at: model.dateTime(),
    // Whole đồng in the drawer at opening
    opening_float: model.number(),
    closed_by: model.text().nullable(),
    closed_at: model.dateTime().nullable(),
    // Blind count per tender {cash, vietqr, card}
    counted: model.json().nullable(),
    // PosZReport (@ocop/sdk), immutable once written
    z_report: model.json().nullable(),
  })
  .indexes([
    { on: ["register_id", "opened_at"] },
    // a register has at most one open shift
    {
      on: ["register_id"],
      unique: true,
      where: "status = 'open' AND deleted_at IS NULL",
      name: "IDX_pos_shift_one_open_per_register",
    },
  ])
