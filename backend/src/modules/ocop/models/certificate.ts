import { model } from "@medusajs/framework/utils"
import { ISSUER_LEVELS } from "@ocop/core"

/**
 * An OCOP certificate as decided by the issuer. The star level is the one in the decision, never
 * computed from the score. A product keeps its whole certificate history; re-recognition creates
 * a new certificate and marks the old one superseded from the day the new one takes effect
 * (`superseded_at`): a renewal recorded ahead of time leaves the old one in force until then.
 */
export const OcopCertificate = model
  .define("ocop_certificate", {
    id: model.id({ prefix: "ocert" }).primaryKey(),
    // The certified product (read-only link to the Product module)
    product_id: model.text(),
    stars: model.number(),
    score: model.number().nullable(),
    // e.g. "4261/QĐ-UBND"
    decision_number: model.text(),
    decision_date: model.dateTime(),
    issuer_name: model.text(),
    issuer_level: model.enum([...ISSUER_LEVELS]),
    // Criteria set in force for the rating, e.g. "148/QĐ-TTg"
    legal_basis: model.text(),
    // e.g. "đợt 3/2020"
    round_label: model.text().nullable(),
    valid_from: model.dateTime(),
    valid_to: model.dateTime(),
    revoked_at: model.dateTime().nullable(),
    revocation_reason: model.text().nullable(),
    superseded_by_id: model.text().nullable(),
    superseded_at: model.dateTime().nullable(),
    // Reminder bookkeeping for the daily expiry job: the last status we announced
    announced_status: model.text().nullable(),
    metadata: model.json().nullable(),
  })
  .indexes([
    { on: ["product_id"] },
    { on: ["valid_to"] },
    // at most one current (not superseded) certificate per product
    {
      on: ["product_id"],
      unique: true,
      where: "superseded_by_id IS NULL AND deleted_at IS NULL",
      name: "IDX_ocop_certificate_one_current_per_product",
    },
  ])
