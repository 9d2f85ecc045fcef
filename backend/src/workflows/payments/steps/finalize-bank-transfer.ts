import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANK_TRANSFER_MODULE } from "../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../modules/bank-transfer/service"

export interface FinalizeBankTransferInput {
  transfer_id: string
  payment_session_id: string
  payment_collection_id: string
}

/**
 * After authorization and capture ran, records what they achieved: the payment and order on a
 * confirmed transfer, or "not_captured" for staff if the payment did not end up captured.
 */
export const finalizeBankTransferStep = createStep(
  "finalize-bank-transfer",
  async (input: FinalizeBankTransferInput, { container }) => {
    const payment = container.resolve(Modules.PAYMENT)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const service = container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
    const [paymentRecord] = await payment.listPayments(
      { payment_session_id: input.payment_session_id },
      { select: ["id", "captured_at", "canceled_at"] }
    )
    const { data: links } = await query.graph({
      entity: "order_payment_collection",
      fields: ["order_id"],
      filters: { payment_collection_id: input.payment_collection_id },
    })
    const captured = Boolean(paymentRecord?.captured_at) && !paymentRecord?.canceled_at
    const transfer = await service.updateBankTransfers({
      id: input.transfer_id,
      status: captured ? "confirmed" : "needs_review",
      review_reason: captured ? null : "not_captured",
      payment_id: paymentRecord?.id ?? null,
      order_id: links[0]?.order_id ?? null,
    })
    return new StepResponse(transfer)
  }
)
