import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANK_TRANSFER_MODULE } from "../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../modules/bank-transfer/service"
import type { ReviewReason } from "../utils/match-transfer"
import type { CompleteCartForTransferResult } from "./complete-cart-for-transfer"
import type { MatchVietQrTransferResult } from "./match-vietqr-transfer"

export interface FinalizeBankTransferInput {
  transfer_id: string
  /** The match made under the lock: it replaces what was recorded before the lock. */
  match: MatchVietQrTransferResult
  /** Set when the transfer had to place the cart's order first. */
  completion?: CompleteCartForTransferResult | null
}

async function capturedPayment(container: MedusaContainer, input: FinalizeBankTransferInput) {
  const payment = container.resolve(Modules.PAYMENT)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [paymentRecord] = await payment.listPayments(
    { payment_session_id: input.match.payment_session_id as string },
    { select: ["id", "captured_at", "canceled_at"] }
  )
  const { data: links } = await query.graph({
    entity: "order_payment_collection",
    fields: ["order_id"],
    filters: { payment_collection_id: input.match.payment_collection_id as string },
  })
  return {
    captured: Boolean(paymentRecord?.captured_at) && !paymentRecord?.canceled_at,
    payment_id: paymentRecord?.id ?? null,
    order_id: (links[0]?.order_id as string | undefined) ?? null,
  }
}

/**
 * Writes what the confirmation achieved: the payment and order on a confirmed transfer; for
 * staff, the reason it was not (the match under the lock, Medusa's refusal to complete the cart,
 * or "not_captured" if the payment did not end up captured).
 */
export const finalizeBankTransferStep = createStep(
  "finalize-bank-transfer",
  async (input: FinalizeBankTransferInput, { container }) => {
    const service = container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
    const { match, completion } = input
    const matched = {
      reference: match.reference,
      expected_amount: match.expected_amount,
      payment_session_id: match.payment_session_id,
      payment_collection_id: match.payment_collection_id,
      order_id: match.order_id,
    }
    let outcome: {
      status: "confirmed" | "needs_review"
      review_reason: ReviewReason | null
      error?: string | null
      payment_id?: string | null
      order_id?: string | null
    }
    if (match.outcome === "needs_review") {
      outcome = { status: "needs_review", review_reason: match.review_reason }
    } else if (completion?.error) {
      outcome = {
        status: "needs_review",
        review_reason: "cart_not_completable",
        error: completion.error,
      }
    } else {
      const result = await capturedPayment(container, input)
      outcome = {
        status: result.captured ? "confirmed" : "needs_review",
        review_reason: result.captured ? null : "not_captured",
        payment_id: result.payment_id,
        order_id: result.order_id,
      }
    }
    const transfer = await service.updateBankTransfers({
      id: input.transfer_id,
      ...matched,
      ...outcome,
    })
    return new StepResponse(transfer)
  }
)
