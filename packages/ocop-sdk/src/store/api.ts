import type { MedusaClient, Query } from "../http.js"
import type {
  StoreOcopProductResponse,
  StoreOcopProductsQuery,
  StoreOcopProductsResponse,
  StoreProducerResponse,
  StoreProducersResponse,
} from "./types.js"

/** The store's OCOP catalog routes (publishable key required). */
export function createStoreOcopApi(medusa: MedusaClient) {
  const get = <T>(path: string, query?: Query) =>
    medusa.client.fetch<T>(path, { method: "GET", query })
  return {
    listProducts: (query: StoreOcopProductsQuery = {}) =>
      get<StoreOcopProductsResponse>("/store/ocop/products", { ...query }),
    retrieveProduct: (handle: string, query: { region_id?: string } = {}) =>
      get<StoreOcopProductResponse>(`/store/ocop/products/${encodeURIComponent(handle)}`, query),
    listProducers: (query: { legacy_district?: string; limit?: number; offset?: number } = {}) =>
      get<StoreProducersResponse>("/store/ocop/producers", query),
    retrieveProducer: (handle: string) =>
      get<StoreProducerResponse>(`/store/ocop/producers/${encodeURIComponent(handle)}`),
  }
}

export type StoreOcopApi = ReturnType<typeof createStoreOcopApi>
