import {
  certificateStatus,
  compareVi,
  hasOcopBadge,
  isOcopStar,
  PRODUCT_GROUPS,
  productGroup,
  type VatCategory,
  vatRateAt,
} from "@ocop/core"
import type {
  StoreOcopCertificate,
  StoreOcopFacets,
  StoreOcopProduct,
  StoreOcopProductDetail,
  StoreOcopVariant,
} from "@ocop/sdk"
import type {
  StoreCardPageRow,
  StoreCardVariant,
  StoreCatalogFacetCounts,
} from "../../../../modules/ocop/store-catalog/types"
import type { ProductPageExtras, ProductTexts } from "./product-texts"

function vatRate(category: string, now: Date): number | null {
  try {
    return vatRateAt(category as VatCategory, now)
  } catch {
    // An unknown category or a day without a recorded rate: say nothing rather than guess.
    return null
  }
}

function presentVariant(
  variant: StoreCardVariant,
  regionId: string | null,
  title: string | null | undefined
): StoreOcopVariant {
  const price = regionId ? variant.prices[regionId] : undefined
  return {
    id: variant.id,
    title: title ?? variant.title,
    sku: variant.sku,
    barcode: variant.barcode,
    calculated_price: price
      ? {
          calculated_amount: price.calculated_amount,
          original_amount: price.original_amount,
          currency_code: price.currency_code,
          is_tax_inclusive: price.is_calculated_price_tax_inclusive,
          is_calculated_price_tax_inclusive: price.is_calculated_price_tax_inclusive,
          price_list_type: price.price_list_type,
        }
      : null,
    manage_inventory: variant.manage_inventory,
    allow_backorder: variant.allow_backorder,
    inventory_quantity: variant.inventory_quantity,
    in_stock: variant.in_stock,
  }
}

/** The certificate in force as the badge rule of @ocop/core reads it; null without one. */
function certificateTerms(row: StoreCardPageRow) {
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

const isoOrNull = (value: string | Date | null) => (value ? new Date(value).toISOString() : null)

/**
 * A listing card. The badge is decided here with hasOcopBadge at `now` from the certificate in
 * force (the rule lives in @ocop/core); expired and revoked certificates keep the product listed
 * but show no stars. Prices are the region's, stock the channel's, as the card holds them.
 */
export function presentStoreProduct(
  row: StoreCardPageRow,
  regionId: string | null,
  now: Date,
  texts?: ProductTexts
): StoreOcopProduct {
  const certificate = certificateTerms(row)
  const badge = certificate != null && hasOcopBadge(certificate, now)
  const group = productGroup(row.product_group)
  return {
    id: row.product_id,
    handle: row.handle,
    title: texts?.title ?? row.title,
    subtitle: texts ? texts.subtitle : row.subtitle,
    thumbnail: row.thumbnail,
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
      valid_to: isoOrNull(row.valid_to),
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
    variants: row.variants.map((variant) =>
      presentVariant(variant, regionId, texts?.variants[variant.id])
    ),
  }
}

function certificateOf(row: StoreCardPageRow, now: Date): StoreOcopCertificate | null {
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

/**
 * The product page's shape: the listing card plus description, gallery, options, each variant's
 * option values, the certificate in force and the producer's story, all in the request's locale.
 */
export function presentStoreProductDetail(
  row: StoreCardPageRow,
  extras: ProductPageExtras,
  regionId: string | null,
  now: Date,
  producerStory: string | null
): StoreOcopProductDetail {
  const { producer, variants, ...listed } = presentStoreProduct(row, regionId, now, extras)
  const optionTitle = new Map(extras.options.map((option) => [option.id, option.title]))
  return {
    ...listed,
    description: extras.description,
    images: extras.images.map((image) => ({
      id: image.id,
      url: image.url,
      alt: image.alt ?? listed.title,
    })),
    options: extras.options,
    variants: variants.map((variant) => ({
      ...variant,
      options: (extras.variant_options[variant.id] ?? []).map((value) => ({
        option_id: value.option_id,
        option_title: optionTitle.get(value.option_id) ?? "",
        value: value.value,
      })),
    })),
    certificate: certificateOf(row, now),
    producer: producer ? { ...producer, story: producerStory } : null,
  }
}

function groupNumber(code: string): number {
  return PRODUCT_GROUPS.find((group) => group.code === code)?.number ?? Number.MAX_SAFE_INTEGER
}

/** Facets in the order a shopper reads them: most stars, group number, Vietnamese names, codes. */
export function presentFacets(facets: StoreCatalogFacetCounts): StoreOcopFacets {
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
