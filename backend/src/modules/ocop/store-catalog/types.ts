import type { StoreOcopProductsQuery } from "@ocop/sdk"

/**
 * The store read model (ADR 0006): what the refresh writes and what the listing reads. One card
 * per product and sales channel, holding every column a listing page filters, sorts, searches and
 * shows; the certificate in force is read live for the rows of a page only.
 */

export const STORE_CATALOG_SORTS = [
  "relevance",
  "newest",
  "price_asc",
  "price_desc",
  "stars",
  "name",
] as const
export type StoreCatalogSort = (typeof STORE_CATALOG_SORTS)[number]

/** A variant's calculated price in one region, as Medusa's pricing module computed it. */
export interface StoreCardPrice {
  calculated_amount: number | null
  original_amount: number | null
  currency_code: string
  is_calculated_price_tax_inclusive: boolean
  price_list_type: string | null
}

/** A variant as a card carries it: stock at the card's channel, prices in every region. */
export interface StoreCardVariant {
  id: string
  title: string | null
  sku: string | null
  barcode: string | null
  manage_inventory: boolean
  allow_backorder: boolean
  /** Deliverable units from the channel's stock locations; null when stock is not tracked. */
  inventory_quantity: number | null
  in_stock: boolean
  /** By region id. */
  prices: Record<string, StoreCardPrice>
}

/**
 * A badge period: `stars` shown from the midnight `from` until the midnight `until` (exclusive,
 * null: for good), both in Vietnam; see badgeTimeline in @ocop/core.
 */
export interface StoreCardBadgePeriod {
  stars: number
  from: Date
  until: Date | null
}

/** One row of ocop_store_card. */
export interface StoreCard {
  sales_channel_id: string
  product_id: string
  handle: string
  title: string
  subtitle: string | null
  thumbnail: string | null
  product_created_at: Date
  /** Search-key words of the title, single spaces (prefix completion, relevance). */
  title_key: string
  /** Search key of title, origin, producer and former district. */
  search_key: string
  search_words: string[]
  product_group: string
  sub_group: string | null
  origin_label: string | null
  province_code: string
  ward_code: string | null
  address_schema: string
  legacy_district: string | null
  is_alcohol: boolean
  abv: number | null
  vat_category: string
  producer_id: string | null
  producer_handle: string | null
  producer_name: string | null
  producer_kind: string | null
  /** The next two badge periods from the refresh day; `badge_recheck_at` when more follow. */
  badges: StoreCardBadgePeriod[]
  badge_recheck_at: Date | null
  in_stock: boolean
  /** Sum of the tracked variants' deliverable units; null when no variant tracks stock. */
  stock_quantity: number | null
  variants: StoreCardVariant[]
}

export interface StoreCardMinPrice {
  product_id: string
  region_id: string
  min_amount: number | null
}

/** A refresh of some products: their cards and prices replace whatever the model held for them. */
export interface StoreCatalogWrite {
  product_ids: string[]
  cards: StoreCard[]
  prices: StoreCardMinPrice[]
}

/** What a write changed, for cache invalidation. */
export interface StoreCatalogWriteResult {
  /** Channels whose facets, counts or membership changed (their listing caches are stale). */
  changed_channels: string[]
}

/** The Vietnamese calendar day a request is answered on, as instants (midnights in Vietnam). */
export interface BadgeDay {
  start: Date
  next: Date
}

/** The filters of GET /store/ocop/products (the SDK declares the query once). */
export type StoreCatalogFilters = Pick<
  StoreOcopProductsQuery,
  "q" | "stars" | "min_stars" | "group" | "ward" | "legacy_district" | "producer"
>

export interface StoreCatalogQuery extends StoreCatalogFilters {
  sales_channel_ids: string[]
  region_id: string | null
  sort?: StoreCatalogSort
  limit: number
  offset: number
  /** The instant the badge rule is evaluated at; now by default. */
  at?: Date
}

export interface FacetCount<T = string> {
  value: T
  count: number
}

export interface StoreCatalogFacetCounts {
  stars: FacetCount<number>[]
  groups: FacetCount[]
  legacy_districts: FacetCount[]
  wards: FacetCount[]
  producers: { handle: string; name: string; count: number }[]
}

/** The certificate in force on the request's day, read live for a page's rows. */
export interface StoreCertificateInForce {
  certificate_id: string | null
  certificate_stars: number | null
  decision_number: string | null
  decision_date: string | null
  issuer_name: string | null
  issuer_level: string | null
  valid_from: string | null
  valid_to: string | null
  revoked_at: string | null
  superseded_by_id: string | null
  superseded_at: string | null
}

/** A card as a page reads it: the stored columns and the certificate in force today. */
export type StoreCardPageRow = Omit<StoreCard, "badges" | "badge_recheck_at" | "search_words"> &
  StoreCertificateInForce & {
    /** When the card was last written: a version for caches of what the card does not hold. */
    refreshed_at: Date
    /** Today's badge stars from the stored badge periods (null: no badge). */
    badge_stars: number | null
  }
