import {
  compareVi,
  localizedText,
  PRODUCT_GROUPS,
  productGroup,
  toDate,
  vietnamCalendarDate,
} from "@ocop/core"
import type {
  StoreOcopFacets,
  StoreOcopProduct,
  StoreOcopProductDetail,
  StoreOcopProductsResponse,
  StoreOcopSuggestion,
} from "@ocop/sdk"
import { OCOP_MODULE } from "../../../../modules/ocop"
import type {
  StoreCatalogFacets,
  StoreCatalogRow,
  StoreCatalogScopeEntry,
  StoreCatalogSort,
} from "../../../../modules/ocop/queries/store-catalog"
import type OcopModuleService from "../../../../modules/ocop/service"
import {
  fetchStoreProducts,
  presentStoreProduct,
  presentStoreProductDetail,
  STORE_OCOP_PRODUCT_DETAIL_FIELDS,
} from "./products"
import {
  getChannelCatalog,
  getChannelLocationIds,
  type StoreContext,
  searchWords,
  withLowestPrices,
} from "./store-context"

const DAY_MS = 24 * 60 * 60 * 1000

/** Midnight to midnight of `now`'s calendar day in Vietnam, the unit the badge rule counts in. */
export function vietnamDayBounds(now: Date): { start: Date; next: Date } {
  const start = toDate(vietnamCalendarDate(now))
  // Vietnam keeps UTC+7 all year, so the next midnight is exactly one day later.
  return { start, next: new Date(start.getTime() + DAY_MS) }
}

export interface OcopListingFilters {
  q?: string
  stars?: number[]
  min_stars?: number
  group?: string
  ward?: string
  legacy_district?: string
  producer?: string
  sort?: StoreCatalogSort
  limit: number
  offset: number
}

export type OcopListingFacets = StoreOcopFacets
export type OcopListing = StoreOcopProductsResponse

function groupNumber(code: string): number {
  return PRODUCT_GROUPS.find((group) => group.code === code)?.number ?? Number.MAX_SAFE_INTEGER
}

function presentFacets(facets: StoreCatalogFacets): OcopListingFacets {
  return {
    stars: [...facets.stars].sort((a, b) => b.value - a.value),
    groups: [...facets.groups]
      .sort((a, b) => groupNumber(a.value) - groupNumber(b.value))
      .map((facet) => {
        const group = productGroup(facet.value)
        return {
          value: facet.value,
          label_vi: group?.vi ?? null,
          label_en: group?.en ?? null,
          count: facet.count,
        }
      }),
    legacy_districts: [...facets.legacy_districts].sort((a, b) => compareVi(a.value, b.value)),
    wards: [...facets.wards].sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)),
    producers: [...facets.producers].sort(
      (a, b) => compareVi(a.name, b.name) || (a.handle < b.handle ? -1 : 1)
    ),
  }
}

/**
 * Presents a page in the order the SQL chose. A product the snapshot still lists but that is gone
 * from the live query (unpublished or deleted within the cache TTL) is skipped.
 */
async function presentPage(
  ctx: StoreContext,
  rows: StoreCatalogRow[],
  now: Date
): Promise<StoreOcopProduct[]> {
  if (rows.length === 0) return []
  const [products, locationIds] = await Promise.all([
    fetchStoreProducts(ctx, { id: rows.map((row) => row.product_id), status: "published" }),
    getChannelLocationIds(ctx),
  ])
  const byId = new Map(products.map((product) => [product.id, product]))
  const page: StoreOcopProduct[] = []
  for (const row of rows) {
    const product = byId.get(row.product_id)
    if (product) page.push(presentStoreProduct(product, row, now, locationIds))
  }
  return page
}

/**
 * GET /store/ocop/products and a producer's page. Per request: the cached channel snapshot, one
 * SQL statement in the ocop module (filter, facets, order, page) and one query.graph for the page's
 * products with live prices and stock.
 */
export async function listOcopProducts(
  ctx: StoreContext,
  filters: OcopListingFilters
): Promise<OcopListing> {
  const now = new Date()
  const terms = filters.q ? searchWords(filters.q) : []
  const requested = filters.sort ?? (terms.length ? "relevance" : "newest")
  // Relevance means nothing without search words; fall back to the default order.
  const sort: StoreCatalogSort = requested === "relevance" && !terms.length ? "newest" : requested
  const catalog = await getChannelCatalog(ctx)
  let scope: StoreCatalogScopeEntry[] = catalog.entries
  if (sort === "price_asc" || sort === "price_desc") scope = await withLowestPrices(ctx, catalog)

  const ocop = ctx.container.resolve<OcopModuleService>(OCOP_MODULE)
  const result = await ocop.searchStoreCatalog({
    scope,
    badgeDay: vietnamDayBounds(now),
    terms,
    stars: filters.stars,
    min_stars: filters.min_stars,
    group: filters.group,
    ward: filters.ward,
    legacy_district: filters.legacy_district,
    producer: filters.producer,
    sort,
    limit: filters.limit,
    offset: filters.offset,
  })
  return {
    products: await presentPage(ctx, result.rows, now),
    count: result.count,
    limit: filters.limit,
    offset: filters.offset,
    facets: presentFacets(result.facets),
  }
}

/** The OCOP side (certificate in force, profile, producer) of the given products, by product id. */
async function catalogRows(
  ctx: StoreContext,
  scope: StoreCatalogScopeEntry[],
  now: Date
): Promise<Map<string, StoreCatalogRow>> {
  if (scope.length === 0) return new Map()
  const ocop = ctx.container.resolve<OcopModuleService>(OCOP_MODULE)
  const result = await ocop.searchStoreCatalog({
    scope,
    badgeDay: vietnamDayBounds(now),
    sort: "name",
    limit: scope.length,
    offset: 0,
  })
  return new Map(result.rows.map((row) => [row.product_id, row]))
}

/**
 * One product by handle for the detail page, read live (not from the channel snapshot): 404 when it
 * is unpublished, not sold in the key's channels, or has no OCOP profile.
 */
export async function retrieveOcopProduct(
  ctx: StoreContext,
  handle: string
): Promise<StoreOcopProductDetail | null> {
  const now = new Date()
  const [products, locationIds] = await Promise.all([
    fetchStoreProducts(ctx, { handle, status: "published" }, [
      "sales_channels.id",
      ...STORE_OCOP_PRODUCT_DETAIL_FIELDS,
    ]),
    getChannelLocationIds(ctx),
  ])
  const channels = new Set(ctx.salesChannelIds)
  const product = products.find((candidate) =>
    (candidate.sales_channels ?? []).some((channel) => channel != null && channels.has(channel.id))
  )
  if (!product) return null
  const rows = await catalogRows(
    ctx,
    [{ product_id: product.id, title_key: "", name_rank: 0, created_at: now.toISOString() }],
    now
  )
  const row = rows.get(product.id)
  if (!row) return null
  let story: string | null = null
  if (row.producer_handle) {
    const ocop = ctx.container.resolve<OcopModuleService>(OCOP_MODULE)
    const [producer] = await ocop.listOcopProducers(
      { handle: row.producer_handle },
      { select: ["story_vi", "story_en"], take: 1 }
    )
    story = producer
      ? localizedText({ vi: producer.story_vi, en: producer.story_en }, ctx.locale)
      : null
  }
  return presentStoreProductDetail(product, row, now, locationIds, story)
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
  const phrase = searchWords(q).join(" ")
  if (!phrase) return []
  const catalog = await getChannelCatalog(ctx)
  const startsTitle: StoreCatalogScopeEntry[] = []
  const startsWord: StoreCatalogScopeEntry[] = []
  for (const entry of catalog.entries) {
    if (entry.title_key.startsWith(phrase)) startsTitle.push(entry)
    else if (` ${entry.title_key}`.includes(` ${phrase}`)) startsWord.push(entry)
  }
  const chosen = [...startsTitle, ...startsWord].slice(0, limit)
  if (chosen.length === 0) return []
  const now = new Date()
  const [products, rows] = await Promise.all([
    fetchStoreProducts(ctx, { id: chosen.map((entry) => entry.product_id), status: "published" }),
    catalogRows(ctx, chosen, now),
  ])
  const byId = new Map(products.map((product) => [product.id, product]))
  const suggestions: StoreOcopSuggestion[] = []
  for (const entry of chosen) {
    const product = byId.get(entry.product_id)
    const row = rows.get(entry.product_id)
    if (!product || !row) continue
    const { ocop } = presentStoreProduct(product, row, now, new Set())
    suggestions.push({
      handle: product.handle,
      title: product.title,
      thumbnail: product.thumbnail,
      stars: ocop.stars,
    })
  }
  return suggestions
}
