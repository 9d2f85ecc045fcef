import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { listStoreProducers } from "../lib/producers"
import { resolveStoreContext } from "../lib/store-context"
import type { StoreOcopProducersParamsType } from "../validators"

/** Producers whose OCOP products the key's sales channels sell. */
export const GET = async (
  req: MedusaStoreRequest<unknown, StoreOcopProducersParamsType>,
  res: MedusaResponse
) => {
  const filters = req.validatedQuery as StoreOcopProducersParamsType
  const ctx = await resolveStoreContext(req, undefined)
  res.json(await listStoreProducers(ctx, filters))
}
