import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANK_TRANSFER_MODULE } from "../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../modules/bank-transfer/service"
import type { ReviewReason, TransferSource } from "../utils/match-transfer"

export interface RecordBankTransferInput {
  transaction_id: string
  source: TransferSource
  /** Why staff must look; a matched transfer starts as "not_captured" until finalized. */
  review_reason: ReviewReason
  reference: string | null
  amount: number
  expected_amount: number | null
  account_number?: string | null
  bank_bin?: string | null
  paid_at?: string | null
  description?: string | null
  payment_session_id: string | null
  payment_collection_id: string | null
  order_id: string | null
  confirmed_by?: string | null
  note?: string | null
  payload?: Record<string, unknown> | null
}

/** What a rolled-back confirmation leaves on its record until the runner writes the real error. */
export const ROLLED_BACK = "The confirmation failed and was rolled back"

/**
 * Stores the transfer, flagged for review until the capture is known to have succeeded (so a crash
 * halfway leaves it in front of staff, never silently "confirmed"). The unique transaction id
 * makes a concurrent duplicate fail here, before any payment is touched. When a later step fails,
 * the record stays, marked failed: the money arrived whatever happened to the confirmation, and
 * nobody should have to count on the bank sending the notification again.
 */
export const recordBankTransferStep = createStep(
  "record-bank-transfer",
  async (input: RecordBankTransferInput, { container }) => {
    const service = container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
    const transfer = await service.createBankTransfers({
      ...input,
      paid_at: input.paid_at ? new Date(input.paid_at) : null,
      status: "needs_review",
    })
    return new StepResponse(transfer, transfer.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service = container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
    await service.updateBankTransfers({
      id,
      status: "failed",
      review_reason: null,
      error: ROLLED_BACK,
    })
  }
)
