import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { resolveBankTransferWorkflow } from "../../../../../../../workflows/payments/resolve-bank-transfer"
import { presentTransfer } from "../../../../presenters"
import type { AdminResolveTransfer } from "../../../../validators"

/**
 * POST /admin/payments-vn/vietqr/transfers/:id/resolve {note, refund?} — close a flagged or failed
 * transfer, recording a refund made by hand if there was one.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminResolveTransfer>,
  res: MedusaResponse
) {
  const { result } = await resolveBankTransferWorkflow(req.scope).run({
    input: {
      id: req.params.id as string,
      resolved_by: req.auth_context.actor_id,
      resolution_note: req.validatedBody.note.normalize("NFC"),
      refund: req.validatedBody.refund
        ? {
            amount: req.validatedBody.refund.amount,
            reference: req.validatedBody.refund.reference?.normalize("NFC") ?? null,
          }
        : null,
    },
  })
  res.json({ transfer: presentTransfer(result) })
}
