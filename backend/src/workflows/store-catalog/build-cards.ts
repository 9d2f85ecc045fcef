import { type BadgeHistoryEntry, badgeTimeline, productSearchKey, searchWords } from "@ocop/core"
import type {
  StoreCard,
  StoreCardMinPrice,
  StoreCardPrice,
  StoreCardVariant,
  StoreCatalogWrite,
} from "../../modules/ocop/store-catalog/types"

/** A stock level at one location, as query.graph returns it (quantities may come as strings). */
export interface SourceLocationLevel {
  location_id: string
  stocked_quantity?: number | string | null
  reserved_quantity?: number | string | null
}

export interface SourceVariant {
  id: string
  title: string | null
  sku: string | null
  barcode: string | null
  manage_inventory: boolean
  allow_backorder: boolean
  variant_rank?: number | null
  inventory_items?: Array<{
    required_quantity: number
    inventory?: { location_levels?: Array<SourceLocationLevel | null> | null } | null
  } | null> | null
}

export interface SourceProduct {
  id: string
  handle: string
  title: string
  subtitle: string | null
  thumbnail: string | null
  status: string
  created_at: string | Date
  sales_channels?: Array<{ id: string } | null> | null
  variants?: Array<SourceVariant | null> | null
}

/** The profile columns a card copies, and the producer behind them. */
export type SourceProfile = Pick<
  StoreCard,
  | "product_id"
  | "product_group"
  | "sub_group"
  | "origin_label"
  | "province_code"
  | "ward_code"
  | "address_schema"
  | "legacy_district"
  | "is_alcohol"
  | "abv"
  | "vat_category"
> & {
  producer: {
    id: string
    handle: string
    name: string
    kind: string
    legacy_district: string | null
  } | null
}

export type SourceCertificate = BadgeHistoryEntry & { product_id: string }

/** Everything a refresh read about some products, from Medusa's modules and the OCOP module. */
export interface StoreCatalogSources {
  product_ids: string[]
  products: SourceProduct[]
  /** Region id → variant id → calculated price. */
  prices: Record<string, Record<string, StoreCardPrice>>
  /** Sales channel id → its stock locations. */
  channel_locations: Record<string, string[]>
  profiles: SourceProfile[]
  certificates: SourceCertificate[]
}

function quantity(value: number | string | null | undefined): number {
  const number = Number(value ?? 0)
  return Number.isFinite(number) ? number : 0
}

/**
 * Units of a variant a channel can deliver: for each inventory item, the stock available
 * (stocked − reserved) at the channel's locations divided by the quantity one unit needs; the
 * scarcest item decides. Null when the variant has no inventory items. Medusa's
 * getVariantAvailability rule, on the levels the refresh already read.
 */
export function channelAvailability(
  variant: Pick<SourceVariant, "inventory_items">,
  locationIds: ReadonlySet<string>
): number | null {
  const items = (variant.inventory_items ?? []).filter((item) => item != null)
  if (items.length === 0) return null
  let available = Number.POSITIVE_INFINITY
  for (const item of items) {
    const atChannel = (item.inventory?.location_levels ?? [])
      .filter((level): level is SourceLocationLevel => level != null)
      .filter((level) => locationIds.has(level.location_id))
      .reduce(
        (sum, level) => sum + quantity(level.stocked_quantity) - quantity(level.reserved_quantity),
        0
      )
    const required = item.required_quantity > 0 ? item.required_quantity : 1
    available = Math.min(available, Math.floor(atChannel / required))
  }
  return available
}

const byRank = (a: SourceVariant, b: SourceVariant) =>
  (a.variant_rank ?? 0) - (b.variant_rank ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

function cardVariants(
  product: SourceProduct,
  sources: StoreCatalogSources,
  locationIds: ReadonlySet<string>
): StoreCardVariant[] {
  return (product.variants ?? [])
    .filter((variant): variant is SourceVariant => variant != null)
    .sort(byRank)
    .map((variant) => {
      const tracked = Boolean(variant.manage_inventory)
      const inventory_quantity = tracked ? channelAvailability(variant, locationIds) : null
      const prices: Record<string, StoreCardPrice> = {}
      for (const [regionId, byVariant] of Object.entries(sources.prices)) {
        const price = byVariant[variant.id]
        if (price) prices[regionId] = price
      }
      return {
        id: variant.id,
        title: variant.title ?? null,
        sku: variant.sku ?? null,
        barcode: variant.barcode ?? null,
        manage_inventory: tracked,
        allow_backorder: Boolean(variant.allow_backorder),
        inventory_quantity,
        in_stock: !tracked || Boolean(variant.allow_backorder) || (inventory_quantity ?? 0) > 0,
        prices,
      }
    })
}

/**
 * The product's lowest price in every region, null where it has none: a row for every region, so
 * that the price sorts read the cards through the price index alone (unpriced ones last).
 */
function lowestPrices(product: SourceProduct, sources: StoreCatalogSources): StoreCardMinPrice[] {
  const variantIds = (product.variants ?? []).flatMap((variant) => (variant ? [variant.id] : []))
  return Object.entries(sources.prices).map(([region_id, byVariant]) => {
    const amounts = variantIds
      .map((id) => byVariant[id]?.calculated_amount)
      .filter((amount): amount is number => amount != null && Number.isFinite(amount))
    return {
      product_id: product.id,
      region_id,
      min_amount: amounts.length ? Math.min(...amounts) : null,
    }
  })
}

/**
 * The read model's rows for the products a refresh read: one card per sales channel of each
 * published product with an OCOP profile, and its lowest price per region. A product missing
 * from the sources (deleted), unpublished or without a profile gets no card, which removes it.
 * Badge periods are computed from the certificate history from `at`'s day on (badgeTimeline).
 */
export function buildStoreCatalogWrite(sources: StoreCatalogSources, at: Date): StoreCatalogWrite {
  const profiles = new Map(sources.profiles.map((profile) => [profile.product_id, profile]))
  const histories = new Map<string, SourceCertificate[]>()
  for (const certificate of sources.certificates) {
    const history = histories.get(certificate.product_id) ?? []
    history.push(certificate)
    histories.set(certificate.product_id, history)
  }
  const cards: StoreCard[] = []
  const prices: StoreCardMinPrice[] = []
  for (const product of sources.products) {
    const profile = profiles.get(product.id)
    if (!profile || product.status !== "published") continue
    const channels = (product.sales_channels ?? []).flatMap((channel) =>
      channel ? [channel.id] : []
    )
    if (channels.length === 0) continue
    const producer = profile.producer
    const legacyDistrict = profile.legacy_district ?? producer?.legacy_district ?? null
    const searchKey = productSearchKey({
      title: product.title,
      origin_label: profile.origin_label,
      producer_name: producer?.name,
      legacy_district: legacyDistrict,
    })
    const timeline = badgeTimeline(histories.get(product.id) ?? [], at, 2)
    for (const channel of channels) {
      const locations = new Set(sources.channel_locations[channel] ?? [])
      const variants = cardVariants(product, sources, locations)
      const tracked = variants.filter((variant) => variant.inventory_quantity != null)
      cards.push({
        sales_channel_id: channel,
        product_id: product.id,
        handle: product.handle,
        title: product.title,
        subtitle: product.subtitle ?? null,
        thumbnail: product.thumbnail ?? null,
        product_created_at: new Date(product.created_at),
        title_key: searchWords(product.title).join(" "),
        search_key: searchKey,
        search_words: [...new Set(searchWords(searchKey))],
        product_group: profile.product_group,
        sub_group: profile.sub_group,
        origin_label: profile.origin_label,
        province_code: profile.province_code,
        ward_code: profile.ward_code,
        address_schema: profile.address_schema,
        legacy_district: legacyDistrict,
        is_alcohol: profile.is_alcohol,
        abv: profile.abv,
        vat_category: profile.vat_category,
        producer_id: producer?.id ?? null,
        producer_handle: producer?.handle ?? null,
        producer_name: producer?.name ?? null,
        producer_kind: producer?.kind ?? null,
        badges: timeline.periods,
        badge_recheck_at: timeline.recheck_at,
        in_stock: variants.some((variant) => variant.in_stock),
        stock_quantity: tracked.length
          ? tracked.reduce((sum, variant) => sum + Math.max(0, variant.inventory_quantity ?? 0), 0)
          : null,
        variants,
      })
    }
    prices.push(...lowestPrices(product, sources))
  }
  return { product_ids: sources.product_ids, cards, prices }
}
