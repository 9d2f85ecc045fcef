import { model } from "@medusajs/framework/utils"

/**
 * One counter VietQR payment, by its reference ("CH1A000123"): created by whichever arrives first,
 * the sale from the tablet or the bank's notification, and completed by the other. Exactly one row
 * per reference, so the two can arrive in either order, or at once.
 */
export const PosVietQrPayment = model
  .define("pos_vietqr_payment", {
    id: model.id({ prefix: "pvqr" }).primaryKey(),
    reference: model.text().unique(),
    register_id: model.text(),
    // From the sale: what the tender says the customer paid
    sale_id: model.text().nullable(),
    order_id: model.text().nullable(),
    expected_amount: model.number().nullable(),
    // The clerk confirmed from the customer's banking app, without the bank's word
    confirmed_offline: model.boolean().default(false),
    // From the bank's notification
    transaction_id: model.text().nullable(),
    received_amount: model.number().nullable(),
    notified_at: model.dateTime().nullable(),
    // pending: one side is missing; confirmed: both agree; needs_review: they disagree
    status: model.enum(["pending", "confirmed", "needs_review"]).default("pending"),
    // amount_mismatch, duplicate_notification
    review_reason: model.text().nullable(),
    resolved_at: model.dateTime().nullable(),
    resolved_by: model.text().nullable(),
    resolution_note: model.text().nullable(),
  })
  .indexes([{ on: ["register_id", "status"] }, { on: ["status", "created_at"] }])
