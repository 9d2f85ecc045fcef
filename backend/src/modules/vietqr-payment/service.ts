import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  BigNumberInput,
  CapturePaymentInput,
  CapturePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  Logger,
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
import { bankByBin, buildVietQr } from "@ocop/core"
import { ManualSettlementPaymentProvider } from "../../lib/manual-settlement-provider"
import type { VietQrProviderOptions, VietQrServiceKind } from "./options"
import { isPaymentReference, newPaymentReference } from "./reference"
import { isConfirmedTransfer, type VietQrSessionData } from "./session-data"
import {
  type ConfirmationFacts,
  safeEqualHex,
  sealConfirmation,
  verifyWebhook,
  type WebhookCheck,
} from "./signature"

/** The account customers pay into, as a till or a thank-you page shows it. */
export interface VietQrShopAccount {
  bankBin: string
  accountNumber: string
  accountName: string
  service: VietQrServiceKind
  isDemo: boolean
}

type InjectedDependencies = {
  logger: Logger
}

/** Whole đồng from Medusa's amount types; VND has no minor unit, so a fraction is a bug. */
export function toWholeVnd(amount: BigNumberInput, what = "amount"): number {
  const value = Number(new BigNumber(amount).numeric)
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `VietQR ${what} must be a positive whole number of đồng, got ${String(value)}`
    )
  }
  return value
}

/**
 * VietQR (NAPAS 247) bank transfer. A session shows a dynamic QR for the exact amount with a short
 * reference in the transfer note. The session stays pending until our webhook route (or a staff
 * confirmation) writes a sealed, matching transfer into its data; only then does authorization
 * succeed. The provider cannot reach our bank-transfer module (module isolation), so it trusts
 * nothing but that seal.
 */
class VietQrPaymentProviderService extends ManualSettlementPaymentProvider<VietQrProviderOptions> {
  protected readonly refundMethod = "manual_bank_transfer"

  static override identifier = "vietqr"

  protected readonly logger_: Logger
  protected readonly options_: VietQrProviderOptions

  static override validateOptions(options: Record<string, unknown>): void {
    for (const key of ["bankBin", "accountNumber", "accountName", "webhookSecret", "sealSecret"]) {
      if (typeof options[key] !== "string" || options[key] === "") {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `VietQR option ${key} is required`)
      }
    }
  }

  // Declared public: the base constructor is protected and ModuleProvider(...) needs a public one.
  constructor(container: InjectedDependencies, options: VietQrProviderOptions) {
    super(container, options)
    this.logger_ = container.logger
    this.options_ = options
  }

  private sessionData(reference: string, amount: number): VietQrSessionData {
    const { bankBin, accountNumber, accountName, service, isDemo } = this.options_
    return {
      reference,
      payload: buildVietQr({ bin: bankBin, accountNumber, amount, purpose: reference, service }),
      amount,
      currency_code: "vnd",
      bank_bin: bankBin,
      bank_name: bankByBin(bankBin)?.shortName ?? bankBin,
      account_number: accountNumber,
      account_name: accountName,
      service,
      is_demo: isDemo,
      confirmed_transfer: null,
    }
  }

  private assertVnd(currencyCode: string): void {
    if (currencyCode.toLowerCase() !== "vnd") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `VietQR takes payments in VND only, not ${currencyCode.toUpperCase()}`
      )
    }
  }

  /** True when the session holds a transfer sealed by this server for exactly its amount. */
  private hasConfirmedTransfer(data: Record<string, unknown> | undefined): boolean {
    const transfer = data?.confirmed_transfer
    const reference = data?.reference
    if (!isConfirmedTransfer(transfer) || typeof reference !== "string") return false
    if (transfer.amount !== data?.amount) return false
    const seal = this.sealTransfer({
      reference,
      amount: transfer.amount,
      transfer_id: transfer.transfer_id,
    })
    return safeEqualHex(seal, transfer.seal)
  }

  /** The shop's receiving account; a till without its own account shows this one. */
  shopAccount(): VietQrShopAccount {
    const { bankBin, accountNumber, accountName, service, isDemo } = this.options_
    return { bankBin, accountNumber, accountName, service, isDemo }
  }

  /** Checks a bank notification's signature with the secret shared with the bank. */
  verifyNotification(input: Omit<Parameters<typeof verifyWebhook>[0], "secret">): WebhookCheck {
    return verifyWebhook({ ...input, secret: this.options_.webhookSecret })
  }

  /**
   * The seal our confirmation writes into a session beside a matched transfer; authorization
   * accepts only a transfer carrying it. Made with the seal secret, which never leaves the server.
   */
  sealTransfer(facts: ConfirmationFacts): string {
    return sealConfirmation(this.options_.sealSecret, facts)
  }

  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    this.assertVnd(input.currency_code)
    // Whatever the client sent in `data` is ignored: every field is ours.
    const data = this.sessionData(newPaymentReference(), toWholeVnd(input.amount))
    return { id: data.reference, data, status: PaymentSessionStatus.PENDING }
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    this.assertVnd(input.currency_code)
    const current = input.data ?? {}
    // Keep the reference a customer may already have typed or scanned; redraw the QR for the
    // new amount. A confirmed transfer stays, and authorization compares its amount again.
    const reference =
      typeof current.reference === "string" && isPaymentReference(current.reference)
        ? current.reference
        : newPaymentReference()
    const data = this.sessionData(reference, toWholeVnd(input.amount))
    if (isConfirmedTransfer(current.confirmed_transfer)) {
      data.confirmed_transfer = current.confirmed_transfer
    }
    return { data }
  }

  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    const data = input.data ?? {}
    if (this.hasConfirmedTransfer(data)) {
      return {
        status: PaymentSessionStatus.AUTHORIZED,
        data: { ...data, authorized_at: new Date().toISOString() },
      }
    }
    // Deferred: the cart completes and the order waits ("awaiting") for the bank's notification.
    return { status: PaymentSessionStatus.PENDING_AUTHORIZATION, data }
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const data = input.data ?? {}
    if (typeof data.captured_at === "string") {
      return { status: PaymentSessionStatus.CAPTURED, data }
    }
    return this.hasConfirmedTransfer(data)
      ? { status: PaymentSessionStatus.AUTHORIZED, data }
      : { status: PaymentSessionStatus.PENDING_AUTHORIZATION, data }
  }

  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    // The money is already in the account; capture only records it.
    return { data: { ...input.data, captured_at: new Date().toISOString() } }
  }

  /**
   * Bank notifications are handled by POST /hooks/vietqr, which can match references against
   * payment sessions and keep the idempotency record; Medusa's generic /hooks/payment/vietqr_vietqr
   * route has neither, so anything sent there is ignored (and logged so a misconfigured bank
   * integration is noticed).
   */
  async getWebhookActionAndData(
    _payload: ProviderWebhookPayload["payload"]
  ): Promise<WebhookActionResult> {
    this.logger_.warn(
      "VietQR: a notification reached /hooks/payment/vietqr_vietqr and was ignored; " +
        "point the bank integration at POST /hooks/vietqr"
    )
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}

export default VietQrPaymentProviderService
