import { QueryContext } from "@medusajs/framework/utils"
import {
  certificateStatus,
  hasOcopBadge,
  isOcopStar,
  productGroup,
  type VatCategory,
  vatRateAt,
} from "@ocop/core"
import type {
  StoreOcopCertificate,
  StoreOcopProduct,
  StoreOcopProductDetail,
  StoreOcopProductOption,
  StoreOcopVariant,
  StoreOcopVariantDetail,
} from "@ocop/sdk"
import type { StoreCatalogRow } from "../../../../modules/ocop/queries/store-catalog"
import { pricingContext, type StoreContext } from "./store-context"

/**
 * Everything one listing page needs from Medusa's modules, in one query.graph: the product, its
 * variants with the region's calculated price (pricing module), and the inventory levels behind
 * each variant (inventory module, through the variant ↔ inventory item link).
 */
export const STORE_OCOP_PRODUCT_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "thumbnail",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.barcode",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.inventory_items.required_quantity",
  "variants.inventory_items.inventory.location_levels.location_id",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
]

/** What the product page adds to a listing row: text, gallery, options and option values. */
export const STORE_OCOP_PRODUCT_DETAIL_FIELDS = [
  "description",
  "images.id",
  "images.url",
  "images.rank",
  "images.metadata",
  "options.id",
  "options.title",
  "options.values.id",
  "options.values.value",
  "variants.options.id",
  "variants.options.value",
  "variants.options.option_id",
]

const PRICE_FIELD = "variants.calculated_price.*"

interface LocationLevel {
  location_id: string
  stocked_quantity?: number | string | null
  reserved_quantity?: number | string | null
}

interface GraphVariant {
  id: string
  title: string | null
  sku: string | null
  barcode: string | null
  manage_inventory: boolean
  allow_backorder: boolean
  calculated_price?: {
    calculated_amount: number | null
    original_amount: number | null
    currency_code: string
    is_calculated_price_tax_inclusive: boolean
    is_original_price_tax_inclusive: boolean
    calculated_price?: { price_list_type?: string | null } | null
  } | null
  inventory_items?: Array<{
    required_quantity: number
    inventory?: { location_levels?: LocationLevel[] | null } | null
  } | null> | null
  options?: Array<{ id: string; value: string; option_id: string | null } | null> | null
}

export interface GraphProduct {
  id: string
  handle: string
  title: string
  subtitle: string | null
  thumbnail: string | null
  variants?: Array<GraphVariant | null> | null
  sales_channels?: Array<{ id: string } | null> | null
  description?: string | null
  images?: Array<{
    id: string
    url: string
    rank: number | null
    metadata: Record<string, unknown> | null
  } | null> | null
  options?: Array<{
    id: string
    title: string
    values?: Array<{ id: string; value: string } | null> | null
  } | null> | null
}

/** One query.graph for the given products with prices and stock, keyed by id. */
export async function fetchStoreProducts(
  ctx: StoreContext,
  filters: Record<string, unknown>,
  extraFields: string[] = []
): Promise<GraphProduct[]> {
  const fields = [...STORE_OCOP_PRODUCT_FIELDS, ...extraFields]
  const context: Record<string, unknown> = {}
  if (ctx.region) {
    fields.push(PRICE_FIELD)
    context.variants = { calculated_price: QueryContext(pricingContext(ctx.region)) }
  }
  // The locale makes Medusa's Translation module replace translated fields (title, description,
  // variant titles, option values…) in place; untranslated fields keep the Vietnamese text.
  const { data } = await ctx.query.graph(
    { entity: "product", fields, filters, context },
    ctx.locale ? { locale: ctx.locale } : undefined
  )
  return data as GraphProduct[]
}

function quantity(value: number | string | null | undefined): number {
  const number = Number(value ?? 0)
  return Number.isFinite(number) ? number : 0
}

/**
 * Units of a variant the channel can deliver: for each inventory item, the stock available
 * (stocked − reserved) at the channel's locations divided by the quantity one unit needs; the
 * scarcest item decides. Null when the variant has no inventory items. Same rule as Medusa's
 * getVariantAvailability, computed from the levels we already fetched in the page's query.
 */
export function channelAvailability(
  variant: GraphVariant,
  locationIds: Set<string>
): number | null {
  const items = (variant.inventory_items ?? []).filter((item) => item != null)
  if (items.length === 0) return null
  let available = Number.POSITIVE_INFINITY
  for (const item of items) {
    const atChannel = (item.inventory?.location_levels ?? [])
      .filter((level) => level != null && locationIds.has(level.location_id))
      .reduce(
        (sum, level) => sum + quantity(level.stocked_quantity) - quantity(level.reserved_quantity),
        0
      )
    const required = item.required_quantity > 0 ? item.required_quantity : 1
    available = Math.min(available, Math.floor(atChannel / required))
  }
  return available
}

function vatRate(category: string, now: Date): number | null {
  try {
    return vatRateAt(category as VatCategory, now)
  } catch {
    // An unknown category or a day without a recorded rate: say nothing rather than guess.
    return null
  }
}

function presentVariant(variant: GraphVariant, locationIds: Set<string>): StoreOcopVariant {
  const price = variant.calculated_price
  const tracked = Boolean(variant.manage_inventory)
  const inventoryQuantity = tracked ? channelAvailability(variant, locationIds) : null
  return {
    id: variant.id,
    title: variant.title ?? null,
    sku: variant.sku ?? null,
    barcode: variant.barcode ?? null,
    calculated_price: price
      ? {
          calculated_amount:
            price.calculated_amount == null ? null : Number(price.calculated_amount),
          original_amount: price.original_amount == null ? null : Number(price.original_amount),
          currency_code: price.currency_code,
          is_tax_inclusive: Boolean(price.is_calculated_price_tax_inclusive),
          is_calculated_price_tax_inclusive: Boolean(price.is_calculated_price_tax_inclusive),
          price_list_type: price.calculated_price?.price_list_type ?? null,
        }
      : null,
    manage_inventory: tracked,
    allow_backorder: Boolean(variant.allow_backorder),
    inventory_quantity: inventoryQuantity,
    in_stock: !tracked || Boolean(variant.allow_backorder) || (inventoryQuantity ?? 0) > 0,
  }
}

/** The certificate in force as the badge rule of @ocop/core reads it; null without one. */
function certificateTerms(row: StoreCatalogRow) {
  if (!row.certificate_id || row.certificate_stars == null || !row.valid_from || !row.valid_to) {
    return null
  }
  return {
    stars: row.certificate_stars,
    valid_from: row.valid_from,
    valid_to: row.valid_to,
    revoked_at: row.revoked_at,
    superseded_by: row.superseded_by_id,
    superseded_at: row.superseded_at,
  }
}

/**
 * The response shape. The badge is decided here with hasOcopBadge at `now` (the rule lives in
 * @ocop/core); expired and revoked certificates keep the product listed but show no stars.
 */
export function presentStoreProduct(
  product: GraphProduct,
  row: StoreCatalogRow,
  now: Date,
  locationIds: Set<string>
): StoreOcopProduct {
  const certificate = certificateTerms(row)
  const badge = certificate != null && hasOcopBadge(certificate, now)
  const group = productGroup(row.product_group)
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    subtitle: product.subtitle ?? null,
    thumbnail: product.thumbnail ?? null,
    ocop: {
      stars: badge && isOcopStar(certificate?.stars) ? certificate.stars : null,
      badge,
      status: certificate ? certificateStatus(certificate, now) : null,
      group: row.product_group,
      group_label_vi: group?.vi ?? null,
      group_label_en: group?.en ?? null,
      sub_group: row.sub_group,
      certificate_number: row.decision_number,
      issuer: row.issuer_name,
      issuer_level: row.issuer_level,
      valid_to: row.valid_to ? new Date(row.valid_to).toISOString() : null,
    },
    origin: {
      label: row.origin_label,
      province_code: row.province_code,
      ward_code: row.ward_code,
      address_schema: row.address_schema,
      legacy_district: row.legacy_district,
    },
    producer:
      row.producer_handle && row.producer_name && row.producer_kind
        ? { handle: row.producer_handle, name: row.producer_name, kind: row.producer_kind }
        : null,
    is_alcohol: row.is_alcohol,
    abv: row.abv,
    vat: { category: row.vat_category, rate_percent: vatRate(row.vat_category, now) },
    variants: (product.variants ?? [])
      .filter((variant): variant is GraphVariant => variant != null)
      .map((variant) => presentVariant(variant, locationIds)),
  }
}

const present = <T>(items: Array<T | null> | null | undefined): T[] =>
  (items ?? []).filter((item): item is T => item != null)

function certificateOf(row: StoreCatalogRow, now: Date): StoreOcopCertificate | null {
  const dates = certificateTerms(row)
  if (
    !dates ||
    !row.decision_number ||
    !row.decision_date ||
    !row.issuer_name ||
    !row.issuer_level
  ) {
    return null
  }
  return {
    stars: dates.stars,
    badge: hasOcopBadge(dates, now),
    status: certificateStatus(dates, now),
    number: row.decision_number,
    decision_date: new Date(row.decision_date).toISOString(),
    issuer: row.issuer_name,
    issuer_level: row.issuer_level,
    valid_from: new Date(dates.valid_from).toISOString(),
    valid_to: new Date(dates.valid_to).toISOString(),
  }
}

function imageAlt(metadata: Record<string, unknown> | null, fallback: string): string {
  const alt = metadata?.alt
  return typeof alt === "string" && alt.trim() !== "" ? alt : fallback
}

/**
 * The product page's shape: the listing row plus description, gallery, options, each variant's
 * option values, the certificate in force and the producer's story, all in the request's locale.
 */
export function presentStoreProductDetail(
  product: GraphProduct,
  row: StoreCatalogRow,
  now: Date,
  locationIds: Set<string>,
  producerStory: string | null
): StoreOcopProductDetail {
  const { producer, variants, ...listed } = presentStoreProduct(product, row, now, locationIds)
  const options: StoreOcopProductOption[] = present(product.options).map((option) => ({
    id: option.id,
    title: option.title,
    values: present(option.values).map((value) => value.value),
  }))
  const optionTitle = new Map(options.map((option) => [option.id, option.title]))
  const graphVariants = new Map(present(product.variants).map((variant) => [variant.id, variant]))
  const detailVariants: StoreOcopVariantDetail[] = variants.map((variant) => ({
    ...variant,
    options: present(graphVariants.get(variant.id)?.options).map((value) => ({
      option_id: value.option_id ?? "",
      option_title: (value.option_id && optionTitle.get(value.option_id)) || "",
      value: value.value,
    })),
  }))
  return {
    ...listed,
    description: product.description ?? null,
    images: present(product.images)
      .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
      .map((image) => ({
        id: image.id,
        url: image.url,
        alt: imageAlt(image.metadata, product.title),
      })),
    options,
    variants: detailVariants,
    certificate: certificateOf(row, now),
    producer: producer ? { ...producer, story: producerStory } : null,
  }
}
