import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { revokeOcopCertificateWorkflow } from "../../../../../../workflows/ocop"
import { withStanding } from "../../../presenters"
import type { AdminRevokeOcopCertificateType } from "../../../validators"

export async function POST(
  req: AuthenticatedMedusaRequest<AdminRevokeOcopCertificateType>,
  res: MedusaResponse
) {
  const { result: certificate } = await revokeOcopCertificateWorkflow(req.scope).run({
    input: { ...req.validatedBody, certificate_id: req.params.id },
  })
  res.json({ certificate: withStanding(certificate, new Date()) })
}
