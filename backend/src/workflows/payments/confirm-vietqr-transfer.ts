import { PaymentActions } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
  when,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  processPaymentWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { finalizeBankTransferStep } from "./steps/finalize-bank-transfer"
import { matchVietQrTransferStep } from "./steps/match-vietqr-transfer"
import { recordBankTransferStep } from "./steps/record-bank-transfer"
import { resolveBankTransferStep } from "./steps/resolve-bank-transfer"
import { sealTransferIntoSessionStep } from "./steps/seal-transfer-into-session"
import type { TransferSource } from "./utils/match-transfer"

export interface ConfirmVietQrTransferInput {
  source: TransferSource
  /** The bank's transaction id, or "staff:<client key>" for a confirmation by hand. */
  transaction_id: string
  /** Our reference (upper case) as found in the transfer note. */
  reference?: string | null
  /** Staff may point at the session or the order directly instead of a reference. */
  payment_session_id?: string | null
  order_id?: string | null
  amount: number
  account_number?: string | null
  bank_bin?: string | null
  paid_at?: string | null
  description?: string | null
  payload?: Record<string, unknown> | null
  /** Admin user id (staff confirmations). */
  confirmed_by?: string | null
  note?: string | null
  /** A transfer flagged for review that this staff confirmation settles. */
  resolves_transfer_id?: string | null
}

// Confirmations are rare (one per paid order) and must not race each other for the same
// session, so they run one at a time across all instances (locking-redis in production).
const CONFIRMATION_LOCK = "vietqr-transfer-confirmation"

export const confirmVietQrTransferWorkflowId = "confirm-vietqr-transfer"

/**
 * One path for every VietQR confirmation, from the bank's webhook or from staff: match the
 * transfer to a payment session, record it, and only on an exact match seal it into the session
 * and let Medusa's processPaymentWorkflow authorize and capture (which also completes a cart that
 * was paid before it was completed). Anything else stays recorded as needs_review.
 */
export const confirmVietQrTransferWorkflow = createWorkflow(
  confirmVietQrTransferWorkflowId,
  (input: ConfirmVietQrTransferInput) => {
    acquireLockStep({ key: CONFIRMATION_LOCK, timeout: 30, ttl: 120 })

    const match = matchVietQrTransferStep(input)

    const recordInput = transform({ input, match }, ({ input, match }) => ({
      transaction_id: input.transaction_id,
      source: input.source,
      review_reason: match.review_reason ?? "not_captured",
      reference: match.reference,
      amount: input.amount,
      expected_amount: match.expected_amount,
      account_number: input.account_number ?? null,
      bank_bin: input.bank_bin ?? null,
      paid_at: input.paid_at ?? null,
      description: input.description ?? null,
      payment_session_id: match.payment_session_id,
      payment_collection_id: match.payment_collection_id,
      confirmed_by: input.confirmed_by ?? null,
      note: input.note ?? null,
      payload: input.payload ?? null,
    }))
    const recorded = recordBankTransferStep(recordInput)

    const finalized = when("vietqr-transfer-matched", { match }, ({ match }) => {
      return match.outcome === "matched"
    }).then(() => {
      const sealInput = transform({ input, match, recorded }, ({ input, match, recorded }) => ({
        payment_session_id: match.payment_session_id as string,
        transfer_id: recorded.id,
        amount: input.amount,
        source: input.source,
      }))
      sealTransferIntoSessionStep(sealInput)

      const processInput = transform({ input, match }, ({ input, match }) => ({
        action: PaymentActions.SUCCESSFUL,
        data: { session_id: match.payment_session_id as string, amount: input.amount },
      }))
      processPaymentWorkflow.runAsStep({ input: processInput })

      const finalizeInput = transform({ match, recorded }, ({ match, recorded }) => ({
        transfer_id: recorded.id,
        payment_session_id: match.payment_session_id as string,
        payment_collection_id: match.payment_collection_id as string,
      }))
      return finalizeBankTransferStep(finalizeInput)
    })

    when("vietqr-staff-settles-flagged", { input, match }, ({ input, match }) => {
      return match.outcome === "matched" && Boolean(input.resolves_transfer_id)
    }).then(() => {
      const resolveInput = transform({ input, recorded }, ({ input, recorded }) => ({
        id: input.resolves_transfer_id as string,
        resolved_by: input.confirmed_by ?? null,
        resolution_note: `Settled by confirmation ${recorded.id}${input.note ? `: ${input.note}` : ""}`,
      }))
      resolveBankTransferStep(resolveInput)
    })

    releaseLockStep({ key: CONFIRMATION_LOCK })

    const transfer = transform({ recorded, finalized }, ({ recorded, finalized }) => {
      return finalized ?? recorded
    })
    return new WorkflowResponse(transfer)
  }
)
