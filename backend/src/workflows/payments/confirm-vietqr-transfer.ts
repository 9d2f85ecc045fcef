import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, PaymentActions } from "@medusajs/framework/utils"
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
import { BANK_TRANSFER_MODULE } from "../../modules/bank-transfer"
import type BankTransferModuleService from "../../modules/bank-transfer/service"
import { completeCartForTransferStep } from "./steps/complete-cart-for-transfer"
import { finalizeBankTransferStep } from "./steps/finalize-bank-transfer"
import { locateVietQrPaymentStep, matchVietQrTransferStep } from "./steps/match-vietqr-transfer"
import { ROLLED_BACK, recordBankTransferStep } from "./steps/record-bank-transfer"
import { resolveBankTransferStep } from "./steps/resolve-bank-transfer"
import { sealTransferIntoSessionStep } from "./steps/seal-transfer-into-session"
import type { TransferSource } from "./utils/match-transfer"
import { paymentLock } from "./utils/payment-lock"

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

export const confirmVietQrTransferWorkflowId = "confirm-vietqr-transfer"

/**
 * One path for every VietQR confirmation, from the bank's webhook or from staff:
 *
 * 1. find the payment session the transfer names (a staff mistake is refused here, nothing kept);
 * 2. record the transfer, so that whatever follows, the money received is on file;
 * 3. take the lock of the session's cart, the one completeCartWorkflow takes, so the customer's
 *    own "complete" and this confirmation never pay the same cart at once (Medusa's
 *    processPaymentWorkflow locks the cart too, but skips that inside runAsStep);
 * 4. match again under the lock; only an exact match for a live order pays: place the cart's
 *    order first if the customer has not (a cart that cannot complete leaves the transfer for
 *    staff with Medusa's reason), then seal the transfer into the session and let
 *    processPaymentWorkflow authorize and capture.
 *
 * Anything else stays recorded as needs_review with its reason.
 */
export const confirmVietQrTransferWorkflow = createWorkflow(
  confirmVietQrTransferWorkflowId,
  (input: ConfirmVietQrTransferInput) => {
    const located = locateVietQrPaymentStep(input)

    const recordInput = transform({ input, located }, ({ input, located }) => ({
      transaction_id: input.transaction_id,
      source: input.source,
      review_reason: located.review_reason ?? "not_captured",
      reference: located.reference,
      amount: input.amount,
      expected_amount: located.expected_amount,
      account_number: input.account_number ?? null,
      bank_bin: input.bank_bin ?? null,
      paid_at: input.paid_at ?? null,
      description: input.description ?? null,
      payment_session_id: located.payment_session_id,
      payment_collection_id: located.payment_collection_id,
      order_id: located.order_id,
      confirmed_by: input.confirmed_by ?? null,
      note: input.note ?? null,
      payload: input.payload ?? null,
    }))
    const recorded = recordBankTransferStep(recordInput)

    // One owner per transfer, so that the keys of an ambiguous reference are taken and given back
    // together.
    const lock = transform({ input, located }, ({ input, located }) =>
      paymentLock(located.lock_keys, `vietqr-transfer:${input.transaction_id}`, 90)
    )
    acquireLockStep(lock)

    const match = matchVietQrTransferStep(input)

    const completion = when("vietqr-transfer-places-order", { match }, ({ match }) => {
      return match.outcome === "matched" && Boolean(match.cart_id) && !match.order_id
    }).then(() => {
      return completeCartForTransferStep({ cart_id: match.cart_id as string })
    })

    when("vietqr-transfer-pays", { match, completion }, ({ match, completion }) => {
      return match.outcome === "matched" && !completion?.error
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
    })

    releaseLockStep(lock)

    const finalizeInput = transform(
      { match, recorded, completion },
      ({ match, recorded, completion }) => ({
        transfer_id: recorded.id,
        match,
        completion: completion ?? null,
      })
    )
    const finalized = finalizeBankTransferStep(finalizeInput)

    when("vietqr-staff-settles-flagged", { input, finalized }, ({ input, finalized }) => {
      return finalized.status === "confirmed" && Boolean(input.resolves_transfer_id)
    }).then(() => {
      const resolveInput = transform({ input, recorded }, ({ input, recorded }) => ({
        id: input.resolves_transfer_id as string,
        resolved_by: input.confirmed_by ?? null,
        resolution_note: `Settled by confirmation ${recorded.id}${input.note ? `: ${input.note}` : ""}`,
      }))
      resolveBankTransferStep(resolveInput)
    })

    return new WorkflowResponse(finalized)
  }
)

type RecordedTransfer = Awaited<ReturnType<BankTransferModuleService["retrieveBankTransfer"]>>

export interface VietQrConfirmationOutcome {
  transfer: RecordedTransfer
  /** This transaction id was recorded before (the same notification or click, again). */
  replay: boolean
  /** The confirmation failed and was rolled back; the transfer is kept as failed with it. */
  failure: Error | null
}

/** Workflow errors may arrive as plain objects (serialized across the engine). */
function asError(error: unknown): Error {
  if (error instanceof Error) return error
  const message =
    error && typeof error === "object" && "message" in error
      ? String(error.message)
      : JSON.stringify(error)
  return Object.assign(new Error(message), error)
}

/**
 * Runs a confirmation once per transaction id. A repeat gets the first result (replay), also when
 * it raced the first one and the unique transaction id stopped it. A confirmation that fails
 * after the transfer was recorded keeps the record, failed, with the error, for staff; a refusal
 * before it (staff named the wrong payment) records nothing and is thrown.
 */
export async function confirmVietQrTransfer(
  container: MedusaContainer,
  input: ConfirmVietQrTransferInput
): Promise<VietQrConfirmationOutcome> {
  const transfers = container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
  const recorded = async () => {
    const [transfer] = await transfers.listBankTransfers({ transaction_id: input.transaction_id })
    return transfer
  }
  const earlier = await recorded()
  if (earlier) return { transfer: earlier, replay: true, failure: null }
  try {
    const { result } = await confirmVietQrTransferWorkflow(container).run({ input })
    return { transfer: result, replay: false, failure: null }
  } catch (error) {
    const kept = await recorded()
    if (!kept) throw error
    if (kept.status !== "failed" || kept.error !== ROLLED_BACK) {
      return { transfer: kept, replay: true, failure: null }
    }
    const failure = asError(error)
    const failed = await transfers.updateBankTransfers({ id: kept.id, error: failure.message })
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`VietQR transfer ${input.transaction_id} kept as failed: ${failure.message}`)
    return { transfer: failed, replay: false, failure }
  }
}
