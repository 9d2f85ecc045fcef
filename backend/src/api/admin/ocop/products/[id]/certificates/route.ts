import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminOcopCertificateResponse } from "@ocop/sdk"
import { issueOcopCertificateWorkflow } from "../../../../../../workflows/ocop"
import { presentCertificate } from "../../../presenters"
import type { AdminIssueOcopCertificateType } from "../../../validators"

/** Records a recognition decision; a product that already has one is re-certified. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminIssueOcopCertificateType>,
  res: MedusaResponse<AdminOcopCertificateResponse>
) {
  const { result: certificate } = await issueOcopCertificateWorkflow(req.scope).run({
    input: { ...req.validatedBody, product_id: req.params.id },
  })
  res.json({ certificate: presentCertificate(certificate, new Date()) })
}
