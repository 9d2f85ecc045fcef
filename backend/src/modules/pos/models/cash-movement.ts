import { model } from "@medusajs/framework/utils"

/** Cash put into or taken out of the drawer during a shift (change float, bank drop…). */
export const PosCashMovement = model
  .define("pos_cash_movement", {
    id: model.id({ prefix: "pcsh" }).primaryKey(),
    client_id: model.text().unique(),
    shift_id: model.text(),
    register_id: model.text(),
    clerk_id: model.text(),
    kind: model.enum(["in", "out"]),
    amount: model.number(),
    reason: model.text(),
    at: model.dateTime(),
  })
  .indexes([{ on: ["shift_id"] }])
