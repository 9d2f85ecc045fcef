import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import {
  deleteOcopProducerWorkflow,
  updateOcopProducerWorkflow,
} from "../../../../../workflows/ocop"
import { type CertificateRow, inForceStanding } from "../../presenters"
import type { AdminUpdateOcopProducerType } from "../../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "ocop_producer",
    fields: ["*", "products.id", "products.product_id"],
    filters: { id: req.params.id },
  })
  const producer = data[0]
  if (!producer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `OCOP producer "${req.params.id}" not found`)
  }
  const products = (producer.products ?? []).filter(
    (product: { product_id: string } | null) => product != null
  ) as { id: string; product_id: string }[]
  const { data: certificates } = products.length
    ? await query.graph({
        entity: "ocop_certificate",
        fields: ["*"],
        filters: { product_id: products.map((product) => product.product_id) },
      })
    : { data: [] }
  const at = new Date()
  res.json({
    producer: {
      ...producer,
      products: products.map((product) => ({
        ...product,
        // stars shown today (null without a badge), from the certificate in force
        badge_stars: inForceStanding(
          (certificates as CertificateRow[]).filter((c) => c.product_id === product.product_id),
          at
        ).badge_stars,
      })),
    },
  })
}

export async function POST(
  req: AuthenticatedMedusaRequest<AdminUpdateOcopProducerType>,
  res: MedusaResponse
) {
  const { result: producer } = await updateOcopProducerWorkflow(req.scope).run({
    input: { ...req.validatedBody, id: req.params.id },
  })
  res.json({ producer })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deleteOcopProducerWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "ocop_producer", deleted: true })
}
