import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { AdminOrderPaymentDeadlineResponse } from "@ocop/sdk"
import {
  orderPaymentDeadline,
  vietQrPaymentTtlHours,
} from "../../../../../../workflows/payments/utils/unpaid-orders"

/** GET /admin/payments-vn/orders/:id/payment-deadline — the order page's unpaid-order deadline. */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminOrderPaymentDeadlineResponse>
) {
  const deadline = await orderPaymentDeadline(
    req.scope,
    req.params.id as string,
    vietQrPaymentTtlHours()
  )
  if (!deadline) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Order not found")
  res.json({ payment_deadline: deadline })
}
