import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { findPaymentReference } from "../../../modules/vietqr-payment/reference"
import { resolveVietQrProvider } from "../../../modules/vietqr-payment/resolve"
import { confirmVietQrTransfer } from "../../../workflows/payments/confirm-vietqr-transfer"
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
  const check = resolveVietQrProvider(req.scope).verifyNotification({
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

  // A reference that is not a web payment's may be a till's (register code + tablet + sequence).
  const webReference = findPaymentReference(notification.reference, notification.description)
  if (!webReference) {
    const counter = await matchCounterVietQrNotification(req.scope, notification)
    if (counter) {
      res.status(200).json({ replay: false, pos: counter })
      return
    }
  }

  // A failure after the transfer was recorded still answers 200: the transfer is kept (failed,
  // with the error) for staff, so a bank retry would change nothing.
  const { transfer, replay } = await confirmVietQrTransfer(req.scope, {
    source: "bank_webhook",
    transaction_id: notification.transaction_id,
    reference: webReference,
    amount: notification.amount,
    account_number: notification.account_number ?? null,
    bank_bin: notification.bank_bin ?? null,
    paid_at: notification.paid_at ?? null,
    description: notification.description?.normalize("NFC") ?? null,
    payload: req.body as Record<string, unknown>,
  })
  res.status(200).json({ replay, transfer: presentTransfer(transfer) })
}
