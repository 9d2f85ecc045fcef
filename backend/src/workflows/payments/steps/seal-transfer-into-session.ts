import { BigNumber, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { resolveVietQrProvider } from "../../../modules/vietqr-payment/resolve"
import type { ConfirmedTransfer } from "../../../modules/vietqr-payment/session-data"
import type { TransferSource } from "../utils/match-transfer"

export interface SealTransferIntoSessionInput {
  payment_session_id: string
  transfer_id: string
  amount: number
  source: TransferSource
}

/**
 * Writes the matched transfer into the payment session's data, sealed by the VietQR provider:
 * the provider's authorizePayment sees only session data and trusts nothing unsealed.
 */
export const sealTransferIntoSessionStep = createStep(
  "seal-vietqr-transfer-into-session",
  async (input: SealTransferIntoSessionInput, { container }) => {
    const payment = container.resolve(Modules.PAYMENT)
    const session = await payment.retrievePaymentSession(input.payment_session_id, {
      select: ["id", "data", "amount", "raw_amount", "currency_code"],
    })
    const previous = session.data ?? {}
    const reference = String(previous.reference)
    const confirmed: ConfirmedTransfer = {
      transfer_id: input.transfer_id,
      amount: input.amount,
      source: input.source,
      confirmed_at: new Date().toISOString(),
      seal: resolveVietQrProvider(container).sealTransfer({
        reference,
        amount: input.amount,
        transfer_id: input.transfer_id,
      }),
    }
    const amount = Number(new BigNumber(session.amount).numeric)
    await payment.updatePaymentSession({
      id: session.id,
      amount,
      currency_code: session.currency_code,
      data: { ...previous, confirmed_transfer: confirmed },
    })
    return new StepResponse(confirmed, {
      id: session.id,
      amount,
      currency_code: session.currency_code,
      data: previous,
    })
  },
  async (previous, { container }) => {
    if (!previous) return
    const payment = container.resolve(Modules.PAYMENT)
    await payment.updatePaymentSession(previous)
  }
)
