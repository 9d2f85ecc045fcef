import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { AdminOcopProductResponse, AdminOcopProfileResponse } from "@ocop/sdk"
import { setOcopProductProfileWorkflow } from "../../../../../workflows/ocop"
import {
  type CertificateRow,
  certificateInForceOf,
  type ProducerRow,
  type ProductSummaryRow,
  type ProfileRow,
  presentCertificate,
  presentProducer,
  presentProductSummary,
  presentProfile,
} from "../../presenters"
import type { AdminSetOcopProductProfileType } from "../../validators"

/** The product's OCOP panel: profile, producer and certificate history with computed status. */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminOcopProductResponse>
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "title", "handle", "thumbnail"],
    filters: { id: req.params.id },
  })
  const product = products[0] as ProductSummaryRow | undefined
  if (!product) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product "${req.params.id}" not found`)
  }
  const [{ data: profiles }, { data: certificates }] = await Promise.all([
    query.graph({
      entity: "ocop_product_profile",
      fields: ["*", "producer.*"],
      filters: { product_id: product.id },
    }),
    query.graph({
      entity: "ocop_certificate",
      fields: ["*"],
      filters: { product_id: product.id },
      pagination: { order: { decision_date: "DESC" } },
    }),
  ])
  const at = new Date()
  const history = (certificates as CertificateRow[]).map((cert) => presentCertificate(cert, at))
  // The certificate in force today, by the rule the store uses too: a renewal recorded ahead of
  // time takes over only on its first day.
  const current = certificateInForceOf(history, at)
  const profile = profiles[0] as (ProfileRow & { producer?: ProducerRow | null }) | undefined
  res.json({
    product: presentProductSummary(product),
    profile: profile ? presentProfile(profile) : null,
    producer: profile?.producer ? presentProducer(profile.producer) : null,
    current_certificate: current,
    badge: current?.badge ?? false,
    certificates: history,
    at: at.toISOString(),
  })
}

export async function POST(
  req: AuthenticatedMedusaRequest<AdminSetOcopProductProfileType>,
  res: MedusaResponse<AdminOcopProfileResponse>
) {
  const { result: profile } = await setOcopProductProfileWorkflow(req.scope).run({
    input: { ...req.validatedBody, product_id: req.params.id },
  })
  res.json({ profile: presentProfile(profile) })
}
