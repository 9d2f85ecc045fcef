import type { CertificateStatus } from "@ocop/core"

/** GET /store/ocop/products and /store/ocop/products/:handle: one product variant. */
export interface StoreOcopVariant {
  id: string
  title: string | null
  sku: string | null
  barcode: string | null
  calculated_price: {
    calculated_amount: number | null
    original_amount: number | null
    currency_code: string
    /** Retail prices in Vietnam include VAT; true when the region's price preference says so. */
    is_tax_inclusive: boolean
    is_calculated_price_tax_inclusive: boolean
    price_list_type: string | null
  } | null
  manage_inventory: boolean
  allow_backorder: boolean
  /** Deliverable units from the channel's stock locations; null when stock is not tracked. */
  inventory_quantity: number | null
  in_stock: boolean
}

/** An OCOP product as the store API presents it: the badge is decided at request time. */
export interface StoreOcopProduct {
  id: string
  handle: string
  title: string
  subtitle: string | null
  thumbnail: string | null
  ocop: {
    /** Stars of the current certificate, only while it may carry the OCOP mark. */
    stars: number | null
    badge: boolean
    status: CertificateStatus | null
    group: string
    group_label_vi: string | null
    group_label_en: string | null
    sub_group: string | null
    certificate_number: string | null
    issuer: string | null
    issuer_level: string | null
    valid_to: string | null
  }
  origin: {
    label: string | null
    province_code: string
    ward_code: string | null
    address_schema: string
    legacy_district: string | null
  }
  producer: { handle: string; name: string; kind: string } | null
  is_alcohol: boolean
  abv: number | null
  vat: { category: string; rate_percent: number | null }
  variants: StoreOcopVariant[]
}

export type StoreOcopSort = "relevance" | "price_asc" | "price_desc" | "newest" | "stars" | "name"

/** Query of GET /store/ocop/products. */
export interface StoreOcopProductsQuery {
  q?: string
  stars?: number[]
  min_stars?: number
  group?: string
  ward?: string
  legacy_district?: string
  producer?: string
  sort?: StoreOcopSort
  limit?: number
  offset?: number
  region_id?: string
}

/**
 * Counts of what each other choice would give (each facet ignores its own filter). Wards, former
 * districts and producers list at most their 100 values with the most products, the chosen one
 * always among them.
 */
export interface StoreOcopFacets {
  stars: { value: number; count: number }[]
  groups: { value: string; label_vi: string | null; label_en: string | null; count: number }[]
  legacy_districts: { value: string; count: number }[]
  wards: { value: string; count: number }[]
  producers: { handle: string; name: string; count: number }[]
}

export interface StoreOcopProductsResponse {
  products: StoreOcopProduct[]
  count: number
  limit: number
  offset: number
  facets: StoreOcopFacets
}

/** One product image; `alt` is the image's own alt text, else the (translated) product title. */
export interface StoreOcopProductImage {
  id: string
  url: string
  alt: string
}

/** A product option (e.g. "Quy cách") with the values its variants use, in the request's locale. */
export interface StoreOcopProductOption {
  id: string
  title: string
  values: string[]
}

/** A variant on the product page: the listing's fields plus the option values it stands for. */
export interface StoreOcopVariantDetail extends StoreOcopVariant {
  options: { option_id: string; option_title: string; value: string }[]
}

/** The certificate in force on the request's day (the one the badge is decided from). */
export interface StoreOcopCertificate {
  /** Stars the decision assigned (shown as a badge only while `badge` is true). */
  stars: number
  badge: boolean
  status: CertificateStatus
  /** Decision number, e.g. "4261/QĐ-UBND". */
  number: string
  decision_date: string
  issuer: string
  issuer_level: string
  /** First and last valid day, ISO date-times (midnight in Vietnam). */
  valid_from: string
  valid_to: string
}

/** The producer on a product page: enough for a card that links to /producers/:handle. */
export interface StoreOcopProductProducer {
  handle: string
  name: string
  kind: string
  /** The producer's story in the request's locale, Vietnamese when no translation exists. */
  story: string | null
}

/**
 * GET /store/ocop/products/:handle: everything a product page shows, in one call. Text comes in
 * the request's locale (`?locale=` or `x-medusa-locale`), Vietnamese where no translation exists.
 */
export interface StoreOcopProductDetail extends Omit<StoreOcopProduct, "producer" | "variants"> {
  description: string | null
  images: StoreOcopProductImage[]
  options: StoreOcopProductOption[]
  variants: StoreOcopVariantDetail[]
  certificate: StoreOcopCertificate | null
  producer: StoreOcopProductProducer | null
}

export interface StoreOcopProductResponse {
  product: StoreOcopProductDetail
  /** Only with `?related=n`: up to n other products of the same group, best rated first. */
  related?: StoreOcopProduct[]
}

/** GET /store/ocop/suggestions?q=: titles for the search box, best first. */
export interface StoreOcopSuggestion {
  handle: string
  title: string
  thumbnail: string | null
  /** Stars while the product may show the OCOP badge, else null. */
  stars: number | null
}

export interface StoreOcopSuggestionsQuery {
  q: string
  limit?: number
}

export interface StoreOcopSuggestionsResponse {
  suggestions: StoreOcopSuggestion[]
}

/** Options every store OCOP call accepts: the language of product text. */
export interface StoreOcopLocaleQuery {
  /** BCP 47 code, e.g. "en-US"; Vietnamese when absent or untranslated. */
  locale?: string
}

export interface StoreProducerSummary {
  handle: string
  name: string
  kind: string
  province_code: string
  ward_code: string | null
  address_schema: string
  legacy_district: string | null
  photos: string[]
  /** OCOP products of this producer that the key's channels sell. */
  product_count: number
}

export interface StoreProducersResponse {
  producers: StoreProducerSummary[]
  count: number
  limit: number
  offset: number
}

/** A producer's public profile (no tax id, no phone: a household's tax id is a personal id). */
export interface StoreProducerDetail {
  handle: string
  name: string
  kind: string
  province_code: string
  ward_code: string | null
  address_schema: string
  address_line: string | null
  legacy_district: string | null
  /** The story in the request's locale, Vietnamese when no translation exists. */
  story: string | null
  story_vi: string | null
  story_en: string | null
  photos: string[]
  latitude: number | null
  longitude: number | null
}

/** GET /store/ocop/producers/:handle: the profile and a page of the producer's products. */
export interface StoreProducerResponse {
  producer: StoreProducerDetail
  products: StoreOcopProduct[]
  count: number
  limit: number
  offset: number
}
