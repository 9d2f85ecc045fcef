import type {
  CancelPaymentInput,
  CancelPaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
} from "@medusajs/framework/types"
import { AbstractPaymentProvider, BigNumber } from "@medusajs/framework/utils"

/**
 * A provider whose money moves outside any payment API: cash handed to a courier or clerk, a bank
 * transfer. There is nothing to cancel, delete or fetch remotely, and a refund is money given back
 * by hand, recorded in the payment's data for the books.
 */
export abstract class ManualSettlementPaymentProvider<
  TOptions = Record<string, unknown>,
> extends AbstractPaymentProvider<TOptions> {
  /** How staff give the money back, written on each recorded refund. */
  protected abstract readonly refundMethod: string

  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const previous = Array.isArray(input.data?.manual_refunds) ? input.data.manual_refunds : []
    const refund = {
      amount: Number(new BigNumber(input.amount).numeric),
      recorded_at: new Date().toISOString(),
      method: this.refundMethod,
    }
    return { data: { ...input.data, manual_refunds: [...previous, refund] } }
  }

  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data: input.data ?? {} }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: input.data ?? {} }
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data: input.data ?? {} }
  }
}
