import { randomUUID } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BANK_TRANSFER_MODULE } from "../../../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../../../modules/bank-transfer/service"
import { confirmVietQrTransferWorkflow } from "../../../../../workflows/payments/confirm-vietqr-transfer"
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
  const transactionId = `staff:${body.idempotency_key ?? randomUUID()}`
  const transfers = req.scope.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
  const [earlier] = await transfers.listBankTransfers({ transaction_id: transactionId })
  if (earlier) {
    res.status(200).json({ replay: true, transfer: presentTransfer(earlier) })
    return
  }
  const { result } = await confirmVietQrTransferWorkflow(req.scope).run({
    input: {
      source: "staff",
      transaction_id: transactionId,
      reference: body.reference ?? null,
      payment_session_id: body.payment_session_id ?? null,
      order_id: body.order_id ?? null,
      amount: body.amount,
      confirmed_by: req.auth_context.actor_id,
      note: body.note?.normalize("NFC") ?? null,
      paid_at: new Date().toISOString(),
      resolves_transfer_id: body.resolves_transfer_id ?? null,
    },
  })
  res.status(200).json({ replay: false, transfer: presentTransfer(result) })
}
