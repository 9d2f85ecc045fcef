import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { StoreOcopProductResponse } from "@ocop/sdk"
import { retrieveOcopProduct } from "../../lib/list-products"
import { relatedOcopProducts } from "../../lib/related-products"
import { resolveStoreContext } from "../../lib/store-context"
import type { StoreOcopProductParamsType } from "../../validators"

/**
 * One OCOP product of the key's sales channels, by handle; with `?related=n` also up to n other
 * products of its group, so a product page needs this one call.
 */
export const GET = async (
  req: MedusaStoreRequest<unknown, StoreOcopProductParamsType>,
  res: MedusaResponse
) => {
  const { region_id, related } = req.validatedQuery as StoreOcopProductParamsType
  const ctx = await resolveStoreContext(req, region_id)
  const handle = req.params.handle ?? ""
  const product = await retrieveOcopProduct(ctx, handle)
  if (!product) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `No OCOP product with handle "${handle}" in this store`
    )
  }
  const body: StoreOcopProductResponse = related
    ? { product, related: await relatedOcopProducts(ctx, product, related) }
    : { product }
  res.json(body)
}
