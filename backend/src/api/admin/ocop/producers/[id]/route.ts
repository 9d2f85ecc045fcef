import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type {
  AdminOcopProducerDeleteResponse,
  AdminOcopProducerDetailResponse,
  AdminOcopProducerResponse,
} from "@ocop/sdk"
import {
  deleteOcopProducerWorkflow,
  updateOcopProducerWorkflow,
} from "../../../../../workflows/ocop"
import {
  type CertificateRow,
  type ProducerRow,
  presentProducer,
  presentProducerDetail,
} from "../../presenters"
import type { AdminUpdateOcopProducerType } from "../../validators"

export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminOcopProducerDetailResponse>
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "ocop_producer",
    fields: ["*", "products.id", "products.product_id"],
    filters: { id: req.params.id },
  })
  const producer = data[0] as Parameters<typeof presentProducerDetail>[0] | undefined
  if (!producer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `OCOP producer "${req.params.id}" not found`)
  }
  const productIds = (producer.products ?? []).map((profile) => profile.product_id)
  const { data: certificates } = productIds.length
    ? await query.graph({
        entity: "ocop_certificate",
        fields: ["*"],
        filters: { product_id: productIds },
      })
    : { data: [] }
  res.json({
    producer: presentProducerDetail(producer, certificates as CertificateRow[], new Date()),
  })
}

export async function POST(
  req: AuthenticatedMedusaRequest<AdminUpdateOcopProducerType>,
  res: MedusaResponse<AdminOcopProducerResponse>
) {
  const { result: producer } = await updateOcopProducerWorkflow(req.scope).run({
    input: { ...req.validatedBody, id: req.params.id },
  })
  res.json({ producer: presentProducer(producer as ProducerRow) })
}

export async function DELETE(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminOcopProducerDeleteResponse>
) {
  await deleteOcopProducerWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "ocop_producer", deleted: true })
}
