import { randomUUID } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { confirmVietQrTransfer } from "../../../../../workflows/payments/confirm-vietqr-transfer"
import { presentTransfer } from "../../presenters"
import type { AdminVietQrConfirm } from "../../validators"

/**
 * POST /admin/payments-vn/vietqr/confirm — a staff member saw the money arrive (bank app,
 * statement, counter) and confirms by hand. Same workflow as the bank webhook, with the staff
 * user recorded; an amount that differs from the order is refused, not stored.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminVietQrConfirm>,
  res: MedusaResponse
) {
  const body = req.validatedBody
  const { transfer, replay, failure } = await confirmVietQrTransfer(req.scope, {
    source: "staff",
    transaction_id: `staff:${body.idempotency_key ?? randomUUID()}`,
    reference: body.reference ?? null,
    payment_session_id: body.payment_session_id ?? null,
    order_id: body.order_id ?? null,
    amount: body.amount,
    confirmed_by: req.auth_context.actor_id,
    note: body.note?.normalize("NFC") ?? null,
    paid_at: new Date().toISOString(),
    resolves_transfer_id: body.resolves_transfer_id ?? null,
  })
  // Staff are in front of a screen: a failed confirmation is their error to see (it stays listed
  // as failed).
  if (failure) throw failure
  res.status(200).json({ replay, transfer: presentTransfer(transfer) })
}
