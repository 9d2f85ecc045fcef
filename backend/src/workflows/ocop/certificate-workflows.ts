import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import {
  createOcopCertificateStep,
  prepareOcopCertificateStep,
  prepareOcopRevocationStep,
  revokeOcopCertificateStep,
  supersedeCurrentOcopCertificateStep,
} from "./steps/certificate-steps"
import type { IssueOcopCertificateInput, RevokeOcopCertificateInput } from "./types"

const lockKey = (productId: string) => `ocop-certificates:${productId}`
// Certificate writes per product are serialized: two re-recognitions at once would both
// supersede the same certificate.
const LOCK = { timeout: 10, ttl: 60 }

/**
 * Records a recognition decision. The product's current certificate is superseded first (it
 * points at the new id reserved by the prepare step), then the new one is created: the
 * one-current-per-product unique index never sees two. Compensation runs in reverse: the new
 * certificate is deleted, then the old one is current again.
 */
export const issueOcopCertificateWorkflow = createWorkflow(
  "issue-ocop-certificate",
  (input: IssueOcopCertificateInput) => {
    const key = transform({ input }, ({ input }) => lockKey(input.product_id))
    acquireLockStep({ key, ...LOCK })
    const prepared = prepareOcopCertificateStep(input)
    const supersede = transform({ prepared }, ({ prepared }) => ({
      product_id: prepared.certificate.product_id,
      successor_id: prepared.certificate.id,
      superseded_at: prepared.certificate.valid_from,
    }))
    supersedeCurrentOcopCertificateStep(supersede)
    const certificateData = transform({ prepared }, ({ prepared }) => prepared.certificate)
    const certificate = createOcopCertificateStep(certificateData)
    releaseLockStep({ key })
    return new WorkflowResponse(certificate)
  }
)

/** Revokes a certificate (the product keeps selling, without the OCOP badge). */
export const revokeOcopCertificateWorkflow = createWorkflow(
  "revoke-ocop-certificate",
  (input: RevokeOcopCertificateInput) => {
    const revocation = prepareOcopRevocationStep(input)
    const key = transform({ revocation }, ({ revocation }) => lockKey(revocation.product_id))
    acquireLockStep({ key, ...LOCK })
    const certificate = revokeOcopCertificateStep(revocation)
    releaseLockStep({ key })
    return new WorkflowResponse(certificate)
  }
)
