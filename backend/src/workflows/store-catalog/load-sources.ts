import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, QueryContext } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"
import type { StoreCardPrice } from "../../modules/ocop/store-catalog/types"
import type {
  SourceCertificate,
  SourceProduct,
  SourceProfile,
  StoreCatalogSources,
} from "./build-cards"

/** What a card needs from the Product module, with the stock levels behind each variant. */
const PRODUCT_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "thumbnail",
  "status",
  "created_at",
  "sales_channels.id",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.barcode",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.variant_rank",
  "variants.inventory_items.required_quantity",
  "variants.inventory_items.inventory.location_levels.location_id",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
]

interface GraphPrice {
  calculated_amount?: unknown
  original_amount?: unknown
  currency_code: string
  is_calculated_price_tax_inclusive?: boolean
  calculated_price?: { price_list_type?: string | null } | null
}

function amount(value: unknown): number | null {
  if (value == null) return null
  const number = Number(value)
  return Number.isFinite(number) ? number : null
}

function cardPrice(price: GraphPrice): StoreCardPrice {
  return {
    calculated_amount: amount(price.calculated_amount),
    original_amount: amount(price.original_amount),
    currency_code: price.currency_code,
    is_calculated_price_tax_inclusive: Boolean(price.is_calculated_price_tax_inclusive),
    price_list_type: price.calculated_price?.price_list_type ?? null,
  }
}

/**
 * Reads what the cards of `productIds` are made of: products, variants and stock levels (one
 * query.graph), the calculated price of every variant in every region (one query.graph per
 * region, with Medusa's pricing context), the stock locations of their sales channels, and the
 * OCOP profile, producer and certificate history.
 */
export async function loadStoreCatalogSources(
  container: MedusaContainer,
  productIds: string[]
): Promise<StoreCatalogSources> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
  const [{ data: products }, { data: regions }, profiles, certificates] = await Promise.all([
    query.graph({ entity: "product", fields: PRODUCT_FIELDS, filters: { id: productIds } }),
    query.graph({ entity: "region", fields: ["id", "currency_code"] }),
    ocop.listOcopProductProfiles({ product_id: productIds }, { relations: ["producer"] }),
    ocop.listOcopCertificates({ product_id: productIds }),
  ])
  const listed = (products as SourceProduct[]).filter(
    (product) => product.status === "published" && (product.sales_channels ?? []).length > 0
  )
  const listedIds = listed.map((product) => product.id)
  const channelIds = [
    ...new Set(
      listed.flatMap((product) =>
        (product.sales_channels ?? []).flatMap((channel) => (channel ? [channel.id] : []))
      )
    ),
  ]

  const prices: StoreCatalogSources["prices"] = {}
  const [locationLinks] = await Promise.all([
    channelIds.length
      ? query.graph({
          entity: "sales_channel_locations",
          fields: ["sales_channel_id", "stock_location_id"],
          filters: { sales_channel_id: channelIds },
        })
      : Promise.resolve({ data: [] }),
    ...(listedIds.length ? regions : []).map(async (region) => {
      const { data } = await query.graph({
        entity: "product",
        fields: ["id", "variants.id", "variants.calculated_price.*"],
        filters: { id: listedIds },
        context: {
          variants: {
            calculated_price: QueryContext({
              region_id: region.id,
              currency_code: region.currency_code,
            }),
          },
        },
      })
      const byVariant: Record<string, StoreCardPrice> = {}
      for (const product of data as Array<{
        variants?: Array<{ id: string; calculated_price?: GraphPrice | null } | null> | null
      }>) {
        for (const variant of product.variants ?? []) {
          if (variant?.calculated_price) byVariant[variant.id] = cardPrice(variant.calculated_price)
        }
      }
      prices[region.id] = byVariant
    }),
  ])
  const channel_locations: Record<string, string[]> = {}
  for (const link of locationLinks.data as Array<{
    sales_channel_id: string
    stock_location_id: string
  }>) {
    const locations = channel_locations[link.sales_channel_id] ?? []
    locations.push(link.stock_location_id)
    channel_locations[link.sales_channel_id] = locations
  }

  return {
    product_ids: productIds,
    products: listed,
    prices,
    channel_locations,
    // Profiles, producers and certificates carry every field a card reads, under the same names.
    profiles: profiles as SourceProfile[],
    certificates: certificates as SourceCertificate[],
  }
}
