import { model } from "@medusajs/framework/utils"

/**
 * One incoming bank transfer as we learned of it: a signed notification from the bank or its
 * aggregator, or a staff member's "confirm received". Kept whether or not it matched an order, so
 * that nothing received is ever silently dropped, and unique per bank transaction id so that a
 * notification delivered twice is processed once.
 */
export const BankTransfer = model
  .define("bank_transfer", {
    id: model.id({ prefix: "bktr" }).primaryKey(),
    // The bank's transaction id; staff confirmations get "staff:<client key>"
    transaction_id: model.text().unique(),
    source: model.enum(["bank_webhook", "staff"]),
    // confirmed: matched and the payment captured; needs_review: kept for staff; failed: the
    // confirmation broke halfway and was rolled back (see error); resolved: staff dealt with a
    // flagged or failed transfer (refund, merged with an order…)
    status: model.enum(["confirmed", "needs_review", "failed", "resolved"]),
    // Why staff must look: unknown_reference, amount_mismatch, account_mismatch, already_paid,
    // ambiguous_reference, order_cancelled, cart_not_completable, not_captured
    review_reason: model.text().nullable(),
    // What stopped it: Medusa's refusal to complete the cart, or the failed confirmation's error
    error: model.text().nullable(),
    // Payment reference as found in the transfer (upper case), e.g. "OCOPAB12CD34EF"
    reference: model.text().nullable(),
    // Whole đồng received
    amount: model.bigNumber(),
    // What the matched payment session asked for
    expected_amount: model.bigNumber().nullable(),
    account_number: model.text().nullable(),
    bank_bin: model.text().nullable(),
    paid_at: model.dateTime().nullable(),
    // Transfer note as the bank reported it
    description: model.text().nullable(),
    payment_session_id: model.text().nullable(),
    payment_collection_id: model.text().nullable(),
    payment_id: model.text().nullable(),
    order_id: model.text().nullable(),
    // Admin user who confirmed by hand (staff source)
    confirmed_by: model.text().nullable(),
    note: model.text().nullable(),
    resolved_at: model.dateTime().nullable(),
    resolved_by: model.text().nullable(),
    resolution_note: model.text().nullable(),
    // Money given back by hand when resolving (whole đồng) and the outgoing transfer's reference
    refunded_amount: model.bigNumber().nullable(),
    refund_reference: model.text().nullable(),
    // The notification body as received, for audits and disputes
    payload: model.json().nullable(),
  })
  .indexes([{ on: ["status"] }, { on: ["reference"] }, { on: ["order_id"] }])
