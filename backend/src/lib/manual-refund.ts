import type { RefundPaymentInput, RefundPaymentOutput } from "@medusajs/framework/types"
import { BigNumber } from "@medusajs/framework/utils"

/**
 * Cash and bank transfers have no refund API: staff give the money back themselves and the
 * provider only records the refund in the payment's data for the books.
 */
export function recordManualRefund(input: RefundPaymentInput, method: string): RefundPaymentOutput {
  const previous = Array.isArray(input.data?.manual_refunds) ? input.data.manual_refunds : []
  const refund = {
    amount: Number(new BigNumber(input.amount).numeric),
    recorded_at: new Date().toISOString(),
    method,
  }
  return { data: { ...input.data, manual_refunds: [...previous, refund] } }
}
