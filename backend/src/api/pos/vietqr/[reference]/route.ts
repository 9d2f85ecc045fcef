import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { PosVietQrStatusResponse } from "@ocop/sdk"
import { posService } from "../../lib/register-view"
import { posSession } from "../../lib/session"

/**
 * GET /pos/vietqr/:reference — has the bank's notification for this counter reference arrived?
 * "confirmed" with the amount the bank reports as soon as it has (the till compares it with what
 * it asked), "needs_review" when staff must look, else "pending".
 */
export async function GET(req: MedusaRequest, res: MedusaResponse<PosVietQrStatusResponse>) {
  const session = posSession(req)
  const reference = req.params.reference as string
  const pos = posService(req.scope)
  const [[register], [payment]] = await Promise.all([
    pos.listPosRegisters({ id: session.registerId }),
    pos.listPosVietQrPayments({ reference }),
  ])
  if (!register || !reference.startsWith(register.code)) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "reference: another register's reference")
  }
  if (!payment) {
    res.json({ reference, status: "pending", amount: null })
    return
  }
  const status =
    payment.status === "needs_review"
      ? "needs_review"
      : payment.received_amount != null
        ? "confirmed"
        : "pending"
  res.json({ reference, status, amount: payment.received_amount ?? null })
}
