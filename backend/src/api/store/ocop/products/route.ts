import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { listOcopProducts } from "../lib/list-products"
import { resolveStoreContext } from "../lib/store-context"
import type { StoreOcopProductsParamsType } from "../validators"

/** The OCOP catalog of the publishable key's sales channels, with facets. */
export const GET = async (
  req: MedusaStoreRequest<unknown, StoreOcopProductsParamsType>,
  res: MedusaResponse
) => {
  const { region_id, ...filters } = req.validatedQuery as StoreOcopProductsParamsType
  const ctx = await resolveStoreContext(req, region_id)
  res.json(await listOcopProducts(ctx, filters))
}
