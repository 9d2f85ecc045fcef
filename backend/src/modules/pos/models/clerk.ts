import { model } from "@medusajs/framework/utils"
import { PosRegister } from "./register"

/**
 * Staff of one register. The PIN lives hashed in the Auth module (provider "pos-pin"), like an
 * admin's password; a clerk signs in as actor type `pos_clerk`.
 */
export const PosClerk = model
  .define("pos_clerk", {
    id: model.id({ prefix: "pclk" }).primaryKey(),
    name: model.text(),
    // manager: approves discounts above the register's threshold, sees stock exceptions
    role: model.enum(["clerk", "manager"]),
    auth_identity_id: model.text().nullable(),
    is_active: model.boolean().default(true),
    register: model.belongsTo(() => PosRegister, { mappedBy: "clerks" }),
  })
  .indexes([{ on: ["register_id"] }])
