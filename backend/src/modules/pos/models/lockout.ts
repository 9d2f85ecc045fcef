import { model } from "@medusajs/framework/utils"

/**
 * Five wrong PINs in a row locked a clerk out of a register: kept for the manager to see. The
 * server writes one when it counted the PINs (online sign-in); a tablet sends one it decided
 * offline, once online (source "tablet", idempotent on the tablet's UUID).
 */
export const PosLockout = model
  .define("pos_lockout", {
    id: model.id({ prefix: "plck" }).primaryKey(),
    register_id: model.text(),
    clerk_id: model.text(),
    device_id: model.text().nullable(),
    failed_attempts: model.number(),
    locked_at: model.dateTime(),
    locked_until: model.dateTime(),
    source: model.enum(["server", "tablet"]).default("server"),
    // The tablet's UUID for a lockout it reported: a resend finds this row
    client_id: model.text().nullable(),
  })
  .indexes([
    { on: ["register_id", "locked_at"] },
    { on: ["client_id"], unique: true, where: "client_id IS NOT NULL AND deleted_at IS NULL" },
  ])
