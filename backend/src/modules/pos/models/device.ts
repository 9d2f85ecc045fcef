import { model } from "@medusajs/framework/utils"
import { PosRegister } from "./register"

/**
 * A tablet a manager paired with a register. The tablet keeps the token it was given once; we keep
 * only its SHA-256. Clerks sign in with a PIN on a paired device only.
 */
export const PosDevice = model
  .define("pos_device", {
    id: model.id({ prefix: "pdev" }).primaryKey(),
    label: model.text(),
    // hex SHA-256 of the device token (a 256-bit random value: no slow hash needed)
    token_hash: model.text().unique(),
    // One letter per device of a register: sale numbers and VietQR references start with
    // register code + this letter, so two tablets of one register never collide offline
    letter: model.text(),
    // Admin user who paired it
    paired_by: model.text(),
    revoked_at: model.dateTime().nullable(),
    register: model.belongsTo(() => PosRegister, { mappedBy: "devices" }),
  })
  .indexes([{ on: ["register_id", "letter"], unique: true }])
