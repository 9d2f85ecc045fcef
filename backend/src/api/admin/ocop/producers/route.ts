import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminOcopProducerResponse, AdminOcopProducersResponse } from "@ocop/sdk"
import { createOcopProducerWorkflow } from "../../../../workflows/ocop"
import { type ProducerRow, presentProducer } from "../presenters"
import type { AdminCreateOcopProducerType, AdminListOcopProducersType } from "../validators"

export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminListOcopProducersType>,
  res: MedusaResponse<AdminOcopProducersResponse>
) {
  const { q, limit, offset } = req.validatedQuery as AdminListOcopProducersType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: producers, metadata } = await query.graph({
    entity: "ocop_producer",
    fields: ["*"],
    filters: q ? { q } : {},
    pagination: { skip: offset, take: limit, order: { name: "ASC" } },
  })
  res.json({
    producers: (producers as ProducerRow[]).map(presentProducer),
    count: metadata?.count ?? producers.length,
    limit,
    offset,
  })
}

export async function POST(
  req: AuthenticatedMedusaRequest<AdminCreateOcopProducerType>,
  res: MedusaResponse<AdminOcopProducerResponse>
) {
  const { result: producer } = await createOcopProducerWorkflow(req.scope).run({
    input: req.validatedBody,
  })
  res.json({ producer: presentProducer(producer) })
}
