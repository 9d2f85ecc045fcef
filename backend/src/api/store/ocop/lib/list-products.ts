import { compareVi, PRODUCT_GROUPS, productGroup, toDate, vietnamCalendarDate } from "@ocop/core"
import type { StoreOcopFacets, StoreOcopProduct, StoreOcopProductsResponse } from "@ocop/sdk"
import { OCOP_MODULE } from "../../../../modules/ocop"
import type {
  StoreCatalogFacets,
  StoreCatalogRow,
  StoreCatalogScopeEntry,
  StoreCatalogSort,
} from "../../../../modules/ocop/queries/store-catalog"
import type OcopModuleService from "../../../../modules/ocop/service"
import { fetchStoreProducts, presentStoreProduct } from "./products"
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

/**
 * One product by handle for the detail page, read live (not from the channel snapshot): 404 when it
 * is unpublished, not sold in the key's channels, or has no OCOP profile.
 */
export async function retrieveOcopProduct(
  ctx: StoreContext,
  handle: string
): Promise<StoreOcopProduct | null> {
  const now = new Date()
  const [products, locationIds] = await Promise.all([
    fetchStoreProducts(ctx, { handle, status: "published" }, ["sales_channels.id"]),
    getChannelLocationIds(ctx),
  ])
  const channels = new Set(ctx.salesChannelIds)
  const product = products.find((candidate) =>
    (candidate.sales_channels ?? []).some((channel) => channel != null && channels.has(channel.id))
  )
  if (!product) return null
  const ocop = ctx.container.resolve<OcopModuleService>(OCOP_MODULE)
  const result = await ocop.searchStoreCatalog({
    scope: [
      {
        product_id: product.id,
        title_key: searchWords(product.title).join(" "),
        name_rank: 0,
        created_at: now.toISOString(),
      },
    ],
    badgeDay: vietnamDayBounds(now),
    sort: "name",
    limit: 1,
    offset: 0,
  })
  const row = result.rows[0]
  if (!row) return null
  return presentStoreProduct(product, row, now, locationIds)
}
