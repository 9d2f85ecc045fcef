import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { BANK_TRANSFER_MODULE } from "../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../modules/bank-transfer/service"
import { vietQrOptionsFromConfig } from "../../../modules/vietqr-payment/options-from-config"
import { findPaymentReference } from "../../../modules/vietqr-payment/reference"
import { verifyWebhook } from "../../../modules/vietqr-payment/signature"
import { confirmVietQrTransferWorkflow } from "../../../workflows/payments/confirm-vietqr-transfer"
import { matchCounterVietQrNotification } from "../../../workflows/pos/counter-vietqr"
import { presentTransfer } from "../../admin/payments-vn/presenters"
import { describeIssues, VietQrNotificationSchema } from "./validators"

type RawBodyRequest = MedusaRequest & { rawBody?: Buffer }

function header(req: MedusaRequest, name: string): string | undefined {
  const value = req.headers[name]
  return Array.isArray(value) ? value[0] : value
}

/**
 * POST /hooks/vietqr — a bank transfer notification. Signed with HMAC-SHA256 over
 * `${X-VietQR-Timestamp}.${raw body}`; idempotent per transaction_id (a replay gets the original
 * result, nothing is captured twice). See docs/payments.md for the contract.
 */
export async function POST(req: RawBodyRequest, res: MedusaResponse) {
  const { webhookSecret } = vietQrOptionsFromConfig(req.scope)
  const check = verifyWebhook({
    secret: webhookSecret,
    timestamp: header(req, "x-vietqr-timestamp"),
    signature: header(req, "x-vietqr-signature"),
    rawBody: req.rawBody,
    nowSeconds: Math.floor(Date.now() / 1000),
  })
  if (!check.ok) {
    res.status(401).json({ type: "unauthorized", message: `Webhook refused: ${check.reason}` })
    return
  }

  const parsed = VietQrNotificationSchema.safeParse(req.body)
  if (!parsed.success) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, describeIssues(parsed.error))
  }
  const notification = parsed.data
  const transfers = req.scope.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
  const findOriginal = async () => {
    const [original] = await transfers.listBankTransfers({
      transaction_id: notification.transaction_id,
    })
    return original
  }

  const earlier = await findOriginal()
  if (earlier) {
    res.status(200).json({ replay: true, transfer: presentTransfer(earlier) })
    return
  }

  // A reference that is not a web payment's may be a till's (register code + tablet + sequence).
  const webReference = findPaymentReference(notification.reference, notification.description)
  if (!webReference) {
    const counter = await matchCounterVietQrNotification(req.scope, notification)
    if (counter) {
      res.status(200).json({ replay: false, pos: counter })
      return
    }
  }

  try {
    const { result } = await confirmVietQrTransferWorkflow(req.scope).run({
      input: {
        source: "bank_webhook",
        transaction_id: notification.transaction_id,
        reference: webReference,
        amount: notification.amount,
        account_number: notification.account_number ?? null,
        bank_bin: notification.bank_bin ?? null,
        paid_at: notification.paid_at ?? null,
        description: notification.description?.normalize("NFC") ?? null,
        payload: req.body as Record<string, unknown>,
      },
    })
    res.status(200).json({ replay: false, transfer: presentTransfer(result) })
  } catch (error) {
    // The same notification delivered twice at once: the unique transaction id stopped the
    // second one; answer it like any replay.
    const original = await findOriginal()
    if (original) {
      res.status(200).json({ replay: true, transfer: presentTransfer(original) })
      return
    }
    throw error
  }
}
