import { model } from "@medusajs/framework/utils"

/** Five wrong PINs in a row locked a clerk out of a register: kept for the manager to see. */
export const PosLockout = model
  .define("pos_lockout", {
    id: model.id({ prefix: "plck" }).primaryKey(),
    register_id: model.text(),
    clerk_id: model.text(),
    device_id: model.text().nullable(),
    failed_attempts: model.number(),
    locked_at: model.dateTime(),
    locked_until: model.dateTime(),
  })
  .indexes([{ on: ["register_id", "locked_at"] }])
