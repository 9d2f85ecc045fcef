import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { listOcopProducts } from "../../lib/list-products"
import { retrieveStoreProducer } from "../../lib/producers"
import { resolveStoreContext } from "../../lib/store-context"
import type { StoreOcopProducerParamsType } from "../../validators"

/** A producer's profile and their OCOP products in the key's sales channels. */
export const GET = async (
  req: MedusaStoreRequest<unknown, StoreOcopProducerParamsType>,
  res: MedusaResponse
) => {
  const { region_id, sort, limit, offset } = req.validatedQuery as StoreOcopProducerParamsType
  const ctx = await resolveStoreContext(req, region_id)
  const handle = req.params.handle ?? ""
  const producer = await retrieveStoreProducer(ctx, handle)
  if (!producer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No producer with handle "${handle}"`)
  }
  const { products, count } = await listOcopProducts(ctx, {
    producer: handle,
    sort: sort ?? "name",
    limit,
    offset,
  })
  res.json({ producer, products, count, limit, offset })
}
