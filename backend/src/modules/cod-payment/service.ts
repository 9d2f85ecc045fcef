import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  ProviderWebhookPayload,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import {
  BigNumber,
  MedusaError,
  PaymentActions,
  PaymentSessionStatus,
} from "@medusajs/framework/utils"
import { ManualSettlementPaymentProvider } from "../../lib/manual-settlement-provider"
import { codLimitMessage } from "./limit"
import type { CodProviderOptions } from "./options"

/**
 * Cash on delivery. The order is accepted at once (authorized), the courier collects the cash and
 * the payment is captured when the fulfillment is marked delivered (our subscriber) or by staff
 * with Medusa's own capture action. Orders above the configured value are refused here as well
 * as in the checkout validation, so no path around the checkout can open a large COD order.
 */
class CodPaymentProviderService extends ManualSettlementPaymentProvider<CodProviderOptions> {
  protected readonly refundMethod = "manual"

  static override identifier = "cod"

  protected readonly options_: CodProviderOptions

  static override validateOptions(options: Record<string, unknown>): void {
    const max = options.maxOrderVnd
    if (typeof max !== "number" || !Number.isSafeInteger(max) || max <= 0) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "COD option maxOrderVnd is required")
    }
  }

  // Declared public: the base constructor is protected and ModuleProvider(...) needs a public one.
  constructor(container: Record<string, unknown>, options: CodProviderOptions) {
    super(container, options)
    this.options_ = options
  }

  /** Orders above this total (đồng) cannot be paid on delivery. */
  maxOrderVnd(): number {
    return this.options_.maxOrderVnd
  }

  private checkAmount(amount: number, currencyCode: string): void {
    if (currencyCode.toLowerCase() !== "vnd") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Cash on delivery is taken in VND only, not ${currencyCode.toUpperCase()}`
      )
    }
    if (amount > this.options_.maxOrderVnd) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        codLimitMessage(amount, this.options_.maxOrderVnd)
      )
    }
  }

  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const amount = Number(new BigNumber(input.amount).numeric)
    this.checkAmount(amount, input.currency_code)
    return {
      id: `cod_${Date.now().toString(36)}`,
      data: { amount, currency_code: "vnd", max_order_vnd: this.options_.maxOrderVnd },
      status: PaymentSessionStatus.PENDING,
    }
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    const amount = Number(new BigNumber(input.amount).numeric)
    this.checkAmount(amount, input.currency_code)
    return { data: { ...input.data, amount, max_order_vnd: this.options_.maxOrderVnd } }
  }

  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    const amount = Number(input.data?.amount)
    if (Number.isFinite(amount) && amount > this.options_.maxOrderVnd) {
      return { status: PaymentSessionStatus.ERROR, data: input.data }
    }
    return {
      status: PaymentSessionStatus.AUTHORIZED,
      data: { ...input.data, accepted_at: new Date().toISOString() },
    }
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const data = input.data ?? {}
    const status =
      typeof data.cash_collected_at === "string"
        ? PaymentSessionStatus.CAPTURED
        : PaymentSessionStatus.AUTHORIZED
    return { status, data }
  }

  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data: { ...input.data, cash_collected_at: new Date().toISOString() } }
  }

  async getWebhookActionAndData(
    _payload: ProviderWebhookPayload["payload"]
  ): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}

export default CodPaymentProviderService
