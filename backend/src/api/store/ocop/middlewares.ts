import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  StoreOcopProducerParams,
  StoreOcopProducersParams,
  StoreOcopProductParams,
  StoreOcopProductsParams,
  StoreOcopSuggestionsParams,
} from "./validators"

// The routes build their own field lists, so the query config only carries validation.
const noFieldSelection = {}

/** Query validation for the OCOP store API (the publishable key is checked by Medusa for /store). */
export const storeOcopMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/ocop/products",
    middlewares: [validateAndTransformQuery(StoreOcopProductsParams, noFieldSelection)],
  },
  {
    method: ["GET"],
    matcher: "/store/ocop/products/:handle",
    middlewares: [validateAndTransformQuery(StoreOcopProductParams, noFieldSelection)],
  },
  {
    method: ["GET"],
    matcher: "/store/ocop/suggestions",
    middlewares: [validateAndTransformQuery(StoreOcopSuggestionsParams, noFieldSelection)],
  },
  {
    method: ["GET"],
    matcher: "/store/ocop/producers",
    middlewares: [validateAndTransformQuery(StoreOcopProducersParams, noFieldSelection)],
  },
  {
    method: ["GET"],
    matcher: "/store/ocop/producers/:handle",
    middlewares: [validateAndTransformQuery(StoreOcopProducerParams, noFieldSelection)],
  },
]
