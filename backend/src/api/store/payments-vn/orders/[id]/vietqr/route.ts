import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PAYMENT_PROVIDER_IDS } from "../../../../../../config/payment-providers"

interface SessionView {
  id: string
  provider_id: string
  status: string
  data?: Record<string, unknown> | null
}

/**
 * GET /store/payments-vn/orders/:id/vietqr — what the thank-you page (or a POS screen) needs to
 * show the QR for an order waiting for its bank transfer, and to poll until it is paid.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
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
    filters: { id: req.params.id as string },
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
        session !== null && session.provider_id === PAYMENT_PROVIDER_IDS.vietqr
    )
  )
  const session = sessions[0]
  if (!order || !session) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "No VietQR payment for this order")
  }
  const payment = session.data ?? {}
  res.json({
    vietqr: {
      order_id: order.id,
      display_id: order.display_id,
      reference: payment.reference,
      payload: payment.payload,
      amount: payment.amount,
      bank_bin: payment.bank_bin,
      bank_name: payment.bank_name,
      account_number: payment.account_number,
      account_name: payment.account_name,
      is_demo: payment.is_demo,
      paid: session.status === "authorized" || session.status === "captured",
      session_status: session.status,
    },
  })
}
