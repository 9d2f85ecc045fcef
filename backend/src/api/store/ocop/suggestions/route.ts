import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { StoreOcopSuggestionsResponse } from "@ocop/sdk"
import { suggestOcopProducts } from "../lib/list-products"
import { resolveStoreContext } from "../lib/store-context"
import type { StoreOcopSuggestionsParamsType } from "../validators"

/** Product titles for the search box as the shopper types (tones and case ignored). */
export const GET = async (
  req: MedusaStoreRequest<unknown, StoreOcopSuggestionsParamsType>,
  res: MedusaResponse<StoreOcopSuggestionsResponse>
) => {
  const { q, limit } = req.validatedQuery as StoreOcopSuggestionsParamsType
  const ctx = await resolveStoreContext(req, undefined)
  res.json({ suggestions: await suggestOcopProducts(ctx, q, limit) })
}
