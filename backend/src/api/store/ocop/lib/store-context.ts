import type { MedusaStoreRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, QueryContext } from "@medusajs/framework/utils"
import { compareVi, toSearchKey } from "@ocop/core"
import type { StoreCatalogScopeEntry } from "../../../../modules/ocop/queries/store-catalog"
import { storeCacheTtlMs, TtlCache } from "./ttl-cache"

type Query = ReturnType<typeof resolveQuery>

function resolveQuery(container: MedusaContainer) {
  return container.resolve(ContainerRegistrationKeys.QUERY)
}

export interface PricingRegion {
  id: string
  currency_code: string
}

/** Who is asking: the publishable key's sales channels and the region prices are computed in. */
export interface StoreContext {
  container: MedusaContainer
  query: Query
  salesChannelIds: string[]
  region: PricingRegion | null
  /** BCP 47 locale of the request (`?locale=` or `x-medusa-locale`); product text is translated to it. */
  locale: string | undefined
}

const regionCache = new TtlCache<PricingRegion | null>(storeCacheTtlMs)
const defaultRegionCache = new TtlCache<string | null>(storeCacheTtlMs)

async function loadRegion(query: Query, regionId: string): Promise<PricingRegion | null> {
  const { data } = await query.graph({
    entity: "region",
    fields: ["id", "currency_code"],
    filters: { id: regionId },
  })
  const region = data[0]
  return region ? { id: region.id, currency_code: region.currency_code } : null
}

async function loadDefaultRegionId(query: Query): Promise<string | null> {
  const { data } = await query.graph({ entity: "store", fields: ["id", "default_region_id"] })
  return data[0]?.default_region_id ?? null
}

/**
 * The publishable key decides the channels (Medusa has already checked the key for every /store
 * route); `region_id` or the store's default region decides prices. An unknown region_id is the
 * caller's mistake (400); a store without any region lists products without prices.
 */
export async function resolveStoreContext(
  req: MedusaStoreRequest,
  regionId: string | undefined
): Promise<StoreContext> {
  const salesChannelIds = req.publishable_key_context?.sales_channel_ids ?? []
  if (salesChannelIds.length === 0) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Publishable key needs to have a sales channel configured"
    )
  }
  const query = resolveQuery(req.scope)
  const id = regionId ?? (await defaultRegionCache.get("store", () => loadDefaultRegionId(query)))
  let region: PricingRegion | null = null
  if (id) {
    region = await regionCache.get(id, () => loadRegion(query, id))
    if (!region && regionId) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Field 'region_id': no region with id "${regionId}"`
      )
    }
  }
  return { container: req.scope, query, salesChannelIds, region, locale: req.locale }
}

/** Search-key words of a text: diacritics and đ folded by toSearchKey, punctuation dropped. */
export function searchWords(text: string): string[] {
  return toSearchKey(text)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0)
}

export interface ChannelCatalog {
  /** Published products the channels sell, in Vietnamese title order (name_rank = index). */
  entries: StoreCatalogScopeEntry[]
}

const channelCatalogCache = new TtlCache<ChannelCatalog>(storeCacheTtlMs)
const channelPriceCache = new TtlCache<Map<string, number>>(storeCacheTtlMs)
const channelLocationCache = new TtlCache<Set<string>>(storeCacheTtlMs)

function channelKey(salesChannelIds: string[]): string {
  return [...salesChannelIds].sort().join(",")
}

async function loadChannelCatalog(
  query: Query,
  salesChannelIds: string[]
): Promise<ChannelCatalog> {
  const { data: links } = await query.graph({
    entity: "product_sales_channel",
    fields: ["product_id"],
    filters: { sales_channel_id: salesChannelIds },
  })
  const ids = [...new Set(links.map((link: { product_id: string }) => link.product_id))]
  if (ids.length === 0) return { entries: [] }
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "title", "created_at"],
    filters: { id: ids, status: "published" },
  })
  const sorted = [...products].sort(
    (a, b) => compareVi(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  )
  return {
    entries: sorted.map((product, index) => ({
      product_id: product.id,
      title_key: searchWords(product.title).join(" "),
      name_rank: index,
      created_at: new Date(product.created_at).toISOString(),
    })),
  }
}

/**
 * Which published products the key's channels sell, with the title and date keys the listing
 * orders by. Cached for the store TTL: a product added to or removed from a channel, renamed or
 * unpublished shows up in listings at most that long after (the detail route reads live data).
 */
export function getChannelCatalog(ctx: StoreContext): Promise<ChannelCatalog> {
  return channelCatalogCache.get(channelKey(ctx.salesChannelIds), () =>
    loadChannelCatalog(ctx.query, ctx.salesChannelIds)
  )
}

export function pricingContext(region: PricingRegion) {
  return { region_id: region.id, currency_code: region.currency_code }
}

async function loadLowestPrices(
  query: Query,
  productIds: string[],
  region: PricingRegion
): Promise<Map<string, number>> {
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "variants.id", "variants.calculated_price.*"],
    filters: { id: productIds },
    context: { variants: { calculated_price: QueryContext(pricingContext(region)) } },
  })
  const lowest = new Map<string, number>()
  const products = data as Array<{
    id: string
    variants?: Array<{ calculated_price?: { calculated_amount?: unknown } | null } | null> | null
  }>
  for (const product of products) {
    for (const variant of product.variants ?? []) {
      const amount = Number(variant?.calculated_price?.calculated_amount)
      if (!Number.isFinite(amount)) continue
      const current = lowest.get(product.id)
      if (current === undefined || amount < current) lowest.set(product.id, amount)
    }
  }
  return lowest
}

/**
 * The catalog with each product's lowest price in the region, for sorting by price. Only the
 * order can lag behind a price change (by the TTL); the prices shown are always computed live.
 */
export async function withLowestPrices(
  ctx: StoreContext,
  catalog: ChannelCatalog
): Promise<StoreCatalogScopeEntry[]> {
  const region = ctx.region
  if (!region || catalog.entries.length === 0) return catalog.entries
  const prices = await channelPriceCache.get(
    `${channelKey(ctx.salesChannelIds)}|${region.id}`,
    () =>
      loadLowestPrices(
        ctx.query,
        catalog.entries.map((entry) => entry.product_id),
        region
      )
  )
  return catalog.entries.map((entry) => ({ ...entry, price: prices.get(entry.product_id) ?? null }))
}

/** Stock locations whose stock a channel may sell (the availability basis, as in Medusa's API). */
export function getChannelLocationIds(ctx: StoreContext): Promise<Set<string>> {
  return channelLocationCache.get(channelKey(ctx.salesChannelIds), async () => {
    const { data } = await ctx.query.graph({
      entity: "sales_channel_locations",
      fields: ["stock_location_id"],
      filters: { sales_channel_id: ctx.salesChannelIds },
    })
    return new Set(data.map((row: { stock_location_id: string }) => row.stock_location_id))
  })
}
