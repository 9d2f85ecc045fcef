import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { StoreOrderVietQrResponse } from "@ocop/sdk"
import { VIETQR_PROVIDER_ID } from "../../../../../../modules/vietqr-payment/options"
import type { VietQrSessionData } from "../../../../../../modules/vietqr-payment/session-data"

interface SessionView {
  id: string
  provider_id: string
  status: string
  data?: Record<string, unknown> | null
}

/**
 * GET /store/payments-vn/orders/:id/vietqr — what the thank-you page (or a POS screen) needs to
 * show the QR for an order waiting for its bank transfer, and to poll until it is paid. Only for
 * an order of the publishable key's sales channels: another shop's key learns nothing, not even
 * that the order exists (404 either way).
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse<StoreOrderVietQrResponse>) {
  const salesChannelIds = req.publishable_key_context?.sales_channel_ids ?? []
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "payment_collections.status",
      "payment_collections.payment_sessions.id",
      "payment_collections.payment_sessions.provider_id",
      "payment_collections.payment_sessions.status",
      "payment_collections.payment_sessions.data",
    ],
    filters: { id: req.params.id as string, sales_channel_id: salesChannelIds },
  })
  const order = data[0] as
    | {
        id: string
        display_id: number
        payment_collections?: Array<{ payment_sessions?: Array<SessionView | null> } | null>
      }
    | undefined
  const sessions = (order?.payment_collections ?? []).flatMap((collection) =>
    (collection?.payment_sessions ?? []).filter(
      (session): session is SessionView =>
        session !== null && session.provider_id === VIETQR_PROVIDER_ID
    )
  )
  const session = sessions[0]
  if (!order || !session) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "No VietQR payment for this order")
  }
  const payment = (session.data ?? {}) as Partial<VietQrSessionData>
  const paid = session.status === "authorized" || session.status === "captured"
  res.json({
    vietqr: {
      order_id: order.id,
      display_id: order.display_id,
      reference: String(payment.reference ?? ""),
      payload: String(payment.payload ?? ""),
      amount: Number(payment.amount ?? 0),
      bank_bin: String(payment.bank_bin ?? ""),
      bank_name: String(payment.bank_name ?? ""),
      account_number: String(payment.account_number ?? ""),
      account_name: String(payment.account_name ?? ""),
      is_demo: payment.is_demo === true,
      paid,
      status: paid ? "paid" : "awaiting_transfer",
      session_status: session.status,
    },
  })
}
