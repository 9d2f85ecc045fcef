import type { MedusaContainer } from "@medusajs/framework/types"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
  when,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, cancelOrderWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { paymentLock } from "./utils/payment-lock"
import {
  findExpiredVietQrOrders,
  isExpiredVietQrOrder,
  vietQrPaymentTtlHours,
} from "./utils/unpaid-orders"

export interface CancelUnpaidVietQrOrderInput {
  order_id: string
  /** The order's checkout cart: the lock a transfer for it takes while it pays. */
  cart_id: string
  /** ISO time the deadline is judged at. */
  now: string
  ttl_hours: number
}

/** Read-only: the order may have been paid or cancelled since it was listed. */
const checkStillUnpaidStep = createStep(
  "check-vietqr-order-still-unpaid",
  async (input: CancelUnpaidVietQrOrderInput, { container }) => {
    const expired = await isExpiredVietQrOrder(container, input.order_id, {
      now: new Date(input.now),
      ttlHours: input.ttl_hours,
    })
    return new StepResponse(expired)
  }
)

export const cancelUnpaidVietQrOrderWorkflowId = "cancel-unpaid-vietqr-order"

/**
 * Cancels one VietQR order whose transfer did not come in time, with Medusa's cancelOrderWorkflow
 * (reservations deleted, the payment collection cancelled). It holds the cart's lock, the one a
 * confirmation holds while it pays, and checks again under it: a transfer arriving at the same
 * moment either pays first (nothing is cancelled) or finds the order cancelled and waits for
 * staff as order_cancelled.
 */
export const cancelUnpaidVietQrOrderWorkflow = createWorkflow(
  cancelUnpaidVietQrOrderWorkflowId,
  (input: CancelUnpaidVietQrOrderInput) => {
    const lock = transform({ input }, ({ input }) =>
      paymentLock(input.cart_id, `vietqr-deadline:${input.order_id}`)
    )
    acquireLockStep(lock)
    const expired = checkStillUnpaidStep(input)
    when("vietqr-order-expired", { expired }, ({ expired }) => expired).then(() => {
      cancelOrderWorkflow.runAsStep({ input: { order_id: input.order_id } })
    })
    releaseLockStep(lock)
    const result = transform({ input, expired }, ({ input, expired }) => ({
      order_id: input.order_id,
      cancelled: expired,
    }))
    return new WorkflowResponse(result)
  }
)

export interface CancelledUnpaidOrders {
  cancelled: string[]
  /** Orders that could not be cancelled, with the reason; the next run tries them again. */
  failed: Array<{ order_id: string; error: string }>
}

/**
 * Cancels every checkout order still waiting for its VietQR transfer after
 * VIETQR_PAYMENT_TTL_HOURS, up to `limit` per call, one workflow per order so that one order's
 * failure does not keep the others' stock.
 */
export async function cancelUnpaidVietQrOrders(
  container: MedusaContainer,
  options: { now?: Date; limit?: number } = {}
): Promise<CancelledUnpaidOrders> {
  const now = options.now ?? new Date()
  const ttlHours = vietQrPaymentTtlHours()
  const expired = await findExpiredVietQrOrders(container, {
    now,
    ttlHours,
    limit: options.limit ?? 200,
  })
  const outcome: CancelledUnpaidOrders = { cancelled: [], failed: [] }
  for (const order of expired) {
    try {
      const { result } = await cancelUnpaidVietQrOrderWorkflow(container).run({
        input: { ...order, now: now.toISOString(), ttl_hours: ttlHours },
      })
      if (result.cancelled) outcome.cancelled.push(order.order_id)
    } catch (error) {
      outcome.failed.push({
        order_id: order.order_id,
        error: error instanceof Error ? error.message : String(error),
      })
    }
  }
  return outcome
}
