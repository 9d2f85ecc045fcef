import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminOcopCertificateResponse } from "@ocop/sdk"
import { revokeOcopCertificateWorkflow } from "../../../../../../workflows/ocop"
import { presentCertificate } from "../../../presenters"
import type { AdminRevokeOcopCertificateType } from "../../../validators"

export async function POST(
  req: AuthenticatedMedusaRequest<AdminRevokeOcopCertificateType>,
  res: MedusaResponse<AdminOcopCertificateResponse>
) {
  const { result: certificate } = await revokeOcopCertificateWorkflow(req.scope).run({
    input: { ...req.validatedBody, certificate_id: req.params.id },
  })
  res.json({ certificate: presentCertificate(certificate, new Date()) })
}
