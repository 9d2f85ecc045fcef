import type { MedusaContainer } from "@medusajs/framework/types"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  type RecordCounterNotificationInput,
  recordCounterNotificationStep,
} from "./steps/counter-vietqr"
import { posModule } from "./steps/pos-service"
import { type CounterVietQrStatus, findCounterReference } from "./utils/counter-vietqr"

export const recordCounterVietQrNotificationWorkflow = createWorkflow(
  "record-counter-vietqr-notification",
  (input: RecordCounterNotificationInput) =>
    new WorkflowResponse(recordCounterNotificationStep(input))
)

/** A verified bank notification, as the VietQR webhook hands it on. */
export interface CounterVietQrNotification {
  transaction_id: string
  reference?: string | null
  description?: string | null
  amount: number
  paid_at?: string | null
}

export interface CounterVietQrMatch {
  reference: string
  register_id: string
  status: CounterVietQrStatus
  review_reason: string | null
  sale_id: string | null
  order_id: string | null
}

/**
 * The POS matcher of the VietQR webhook: when a verified notification carries a counter reference
 * of one of our registers, it is recorded against that reference (completing a synced sale's
 * tender, or waiting for the sale) and the match is returned; otherwise null, and the webhook
 * goes on with its own matching.
 */
export async function matchCounterVietQrNotification(
  container: MedusaContainer,
  notification: CounterVietQrNotification
): Promise<CounterVietQrMatch | null> {
  const registers = await posModule(container).listPosRegisters({}, { select: ["id", "code"] })
  const found = findCounterReference(
    registers.map((register) => register.code),
    notification.reference,
    notification.description
  )
  if (!found) return null
  const register = registers.find((candidate) => candidate.code === found.register_code)
  if (!register) return null
  const { result } = await recordCounterVietQrNotificationWorkflow(container).run({
    input: {
      reference: found.reference,
      register_id: register.id,
      transaction_id: notification.transaction_id,
      amount: notification.amount,
      paid_at: notification.paid_at ?? null,
    },
  })
  return {
    reference: result.reference,
    register_id: result.register_id,
    status: result.status,
    review_reason: result.review_reason ?? null,
    sale_id: result.sale_id ?? null,
    order_id: result.order_id ?? null,
  }
}
