import type { MedusaClient, Query } from "../http.js"
import type {
  StoreOcopLocaleQuery,
  StoreOcopProductResponse,
  StoreOcopProductsQuery,
  StoreOcopProductsResponse,
  StoreOcopSuggestionsQuery,
  StoreOcopSuggestionsResponse,
  StoreProducerResponse,
  StoreProducersResponse,
} from "./types.js"

/**
 * The store's OCOP catalog routes (publishable key required). Product text comes in the locale of
 * `query.locale`, else the client's own (js-sdk's `setLocale`, sent as `x-medusa-locale`), else
 * Vietnamese.
 */
export function createStoreOcopApi(medusa: MedusaClient) {
  const get = <T>(path: string, query?: Query) =>
    medusa.client.fetch<T>(path, { method: "GET", query })
  return {
    listProducts: (query: StoreOcopProductsQuery & StoreOcopLocaleQuery = {}) =>
      get<StoreOcopProductsResponse>("/store/ocop/products", { ...query }),
    retrieveProduct: (
      handle: string,
      query: { region_id?: string; related?: number } & StoreOcopLocaleQuery = {}
    ) =>
      get<StoreOcopProductResponse>(`/store/ocop/products/${encodeURIComponent(handle)}`, {
        ...query,
      }),
    suggest: (query: StoreOcopSuggestionsQuery & StoreOcopLocaleQuery) =>
      get<StoreOcopSuggestionsResponse>("/store/ocop/suggestions", { ...query }),
    listProducers: (
      query: {
        legacy_district?: string
        limit?: number
        offset?: number
      } & StoreOcopLocaleQuery = {}
    ) => get<StoreProducersResponse>("/store/ocop/producers", { ...query }),
    retrieveProducer: (
      handle: string,
      query: {
        sort?: StoreOcopProductsQuery["sort"]
        region_id?: string
        limit?: number
        offset?: number
      } & StoreOcopLocaleQuery = {}
    ) =>
      get<StoreProducerResponse>(`/store/ocop/producers/${encodeURIComponent(handle)}`, {
        ...query,
      }),
  }
}

export type StoreOcopApi = ReturnType<typeof createStoreOcopApi>
