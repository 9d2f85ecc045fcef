import { localizedText } from "@ocop/core"
import type {
  StoreOcopProductDetail,
  StoreOcopProductsResponse,
  StoreOcopSuggestion,
} from "@ocop/sdk"
import { OCOP_MODULE } from "../../../../modules/ocop"
import type OcopModuleService from "../../../../modules/ocop/service"
import type {
  StoreCatalogFilters,
  StoreCatalogSort,
} from "../../../../modules/ocop/store-catalog/types"
import { presentFacets, presentStoreProduct, presentStoreProductDetail } from "./present"
import { productPageExtras, productTexts } from "./product-texts"
import type { StoreContext } from "./store-context"

export interface OcopListingFilters extends StoreCatalogFilters {
  sort?: StoreCatalogSort
  limit: number
  offset: number
}

function ocopService(ctx: StoreContext): OcopModuleService {
  return ctx.container.resolve<OcopModuleService>(OCOP_MODULE)
}

/**
 * GET /store/ocop/products and a producer's page: one page of the read model's cards (count and
 * facets cached until the channel's catalog changes), text translated when the locale asks.
 */
export async function listOcopProducts(
  ctx: StoreContext,
  filters: OcopListingFilters
): Promise<StoreOcopProductsResponse> {
  const now = new Date()
  const listing = await ocopService(ctx).listStoreCatalog({
    ...filters,
    sales_channel_ids: ctx.salesChannelIds,
    region_id: ctx.regionId,
    at: now,
  })
  const texts = await productTexts(ctx, listing.rows)
  return {
    products: listing.rows.map((row) =>
      presentStoreProduct(row, ctx.regionId, now, texts.get(row.product_id))
    ),
    count: listing.count,
    limit: filters.limit,
    offset: filters.offset,
    facets: presentFacets(listing.facets),
  }
}

/**
 * One product by handle for the product page: null (404) when the key's channels do not list it
 * (unpublished, not sold there, no OCOP profile). The card gives prices, stock and OCOP data; the
 * gallery, description and options are cached per card version and locale.
 */
export async function retrieveOcopProduct(
  ctx: StoreContext,
  handle: string
): Promise<StoreOcopProductDetail | null> {
  const now = new Date()
  const ocop = ocopService(ctx)
  const row = await ocop.retrieveStoreCard({
    sales_channel_ids: ctx.salesChannelIds,
    handle,
    at: now,
  })
  if (!row) return null
  const [extras, producers] = await Promise.all([
    productPageExtras(ctx, row),
    row.producer_id
      ? ocop.listOcopProducers(
          { id: row.producer_id },
          { select: ["story_vi", "story_en"], take: 1 }
        )
      : Promise.resolve([]),
  ])
  if (!extras) return null
  const producer = producers[0]
  const story = producer
    ? localizedText({ vi: producer.story_vi, en: producer.story_en }, ctx.locale)
    : null
  return presentStoreProductDetail(row, extras, ctx.regionId, now, story)
}

export const SUGGESTION_LIMIT = 8

/**
 * Titles for the search box: products of the key's channels whose title starts with the typed
 * prefix, then those with a title word starting with it, each group in Vietnamese title order.
 * Tones, đ and case are ignored ("quyt v" finds "Quýt vàng Bắc Sơn").
 */
export async function suggestOcopProducts(
  ctx: StoreContext,
  q: string,
  limit = SUGGESTION_LIMIT
): Promise<StoreOcopSuggestion[]> {
  const rows = await ocopService(ctx).suggestStoreTitles({
    sales_channel_ids: ctx.salesChannelIds,
    q,
    limit,
  })
  const texts = await productTexts(ctx, rows)
  return rows.map((row) => ({
    handle: row.handle,
    title: texts.get(row.product_id)?.title ?? row.title,
    thumbnail: row.thumbnail,
    stars: row.stars,
  }))
}
