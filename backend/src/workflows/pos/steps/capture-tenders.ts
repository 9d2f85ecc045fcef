import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PlannedTender } from "../utils/sale-plan"

export interface CapturePosTendersInput {
  payment_collection_id: string
  currency_code: string
  tenders: PlannedTender[]
}

export interface CapturedTender {
  payment_id: string
  capture_id: string
  amount: number
  kind: PlannedTender["kind"]
}

/**
 * Medusa's system provider records money taken outside Medusa (cash in the drawer, the card
 * terminal, a bank transfer confirmed at the counter); each tender becomes its own captured
 * payment on the order's collection, its kind and reference in the payment session's data (the
 * system provider leaves the payment's own data empty).
 */
export const POS_TENDER_PROVIDER = "pp_system_default"

export const capturePosTendersStep = createStep(
  "capture-pos-tenders",
  async (input: CapturePosTendersInput, { container }) => {
    const payment = container.resolve(Modules.PAYMENT)
    const captured: CapturedTender[] = []
    try {
      for (const tender of input.tenders) {
        const data = {
          pos_tender: tender.kind,
          tender_reference: tender.reference,
          received: tender.received,
          confirmed_offline: tender.confirmed_offline,
        }
        const session = await payment.createPaymentSession(input.payment_collection_id, {
          provider_id: POS_TENDER_PROVIDER,
          currency_code: input.currency_code,
          amount: tender.amount,
          data,
        })
        const authorized = await payment.authorizePaymentSession(session.id, {})
        if (!authorized) throw new Error(`payment session ${session.id} was not authorized`)
        const done = await payment.capturePayment({
          payment_id: authorized.id,
          amount: tender.amount,
        })
        const capture = (done.captures ?? []).at(-1)
        if (!capture) throw new Error(`payment ${authorized.id} was not captured`)
        captured.push({
          payment_id: authorized.id,
          capture_id: capture.id,
          amount: tender.amount,
          kind: tender.kind,
        })
      }
    } catch (error) {
      await refund(container, captured)
      throw error
    }
    return new StepResponse(captured, captured)
  },
  async (captured, { container }) => {
    if (captured?.length) await refund(container, captured)
  }
)

async function refund(
  container: Parameters<Parameters<typeof createStep>[1]>[1]["container"],
  captured: CapturedTender[]
) {
  const payment = container.resolve(Modules.PAYMENT)
  for (const entry of captured) {
    await payment.refundPayment({ payment_id: entry.payment_id, amount: entry.amount })
  }
}
