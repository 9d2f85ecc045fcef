import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, QueryContext } from "@medusajs/framework/utils"
import {
  type CertificateDates,
  hasOcopBadge,
  isPromotionBanned,
  requiresAgeCheck,
  toSearchKey,
  type VatCategory,
  vatRateAt,
} from "@ocop/core"
import type { PosCatalogItem, PosCatalogPage } from "@ocop/sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"

/**
 * The tablet's catalog: every published variant the register's channel sells, with its
 * VAT-inclusive price in the register's region, OCOP badge, alcohol flags and stock at the
 * register's location. Paged by product id (keyset), so each page costs the same whatever the
 * catalog's size: one link query for the page's product ids, one query.graph for their variants,
 * prices and stock, and two lookups in the OCOP module.
 *
 * Deltas (`updated_since`) collect the products touched since then from each module that owns a
 * piece of an item (product, price, price list, inventory level at this location, OCOP profile,
 * certificate, producer, channel membership) and page through those the same way. Products that
 * left the channel, were unpublished or deleted come back as removed variant ids.
 */

/** query.graph without the generated entity typing: these reads span link and module entities. */
interface Query {
  graph(config: Record<string, unknown>): Promise<{ data: Array<Record<string, unknown>> }>
}

const DAY_MS = 24 * 60 * 60 * 1000

export interface CatalogRegister {
  sales_channel_id: string
  stock_location_id: string
  region_id: string
  currency_code: string
}

export interface CatalogRequest {
  updated_since?: string
  cursor?: string
  limit: number
}

interface Cursor {
  /** Last product id of the previous page. */
  after: string
  /** The sync's start (server_time of its first page). */
  time: string
}

/**
 * Rows written while a sync reads can carry a timestamp just before its start and commit just
 * after; reporting a server_time this much earlier makes the next delta pick them up.
 */
const CLOCK_MARGIN_MS = 5_000

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor), "utf8").toString("base64url")
}

function decodeCursor(text: string): Cursor {
  try {
    const value = JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as Partial<Cursor>
    if (typeof value.after === "string" && typeof value.time === "string") {
      if (!Number.isNaN(Date.parse(value.time))) return { after: value.after, time: value.time }
    }
  } catch {
    // falls through to the refusal below
  }
  throw new MedusaError(MedusaError.Types.INVALID_DATA, "cursor: not a cursor from this endpoint")
}

interface LevelRow {
  location_id: string
  stocked_quantity?: number | string | null
  reserved_quantity?: number | string | null
  updated_at?: string | Date | null
}

interface VariantRow {
  id: string
  title: string | null
  sku: string | null
  barcode: string | null
  manage_inventory: boolean
  allow_backorder: boolean
  updated_at: string | Date
  calculated_price?: {
    calculated_amount: number | string | null
    is_calculated_price_tax_inclusive?: boolean
  } | null
  inventory_items?: Array<{
    required_quantity: number
    inventory_item_id?: string | null
    /** Filled by attachLevelsAt: the level at the register's location only. */
    inventory?: { location_levels?: LevelRow[] | null } | null
  } | null> | null
}

interface ProductRow {
  id: string
  title: string
  thumbnail: string | null
  status: string
  updated_at: string | Date
  variants?: Array<VariantRow | null> | null
}

interface OcopFacts {
  product_group: string
  is_alcohol: boolean
  abv: number | null
  vat_category: string
  producer_name: string | null
  stars: number | null
  badge: boolean
  updated_at: number
}

const PRODUCT_FIELDS = [
  "id",
  "title",
  "thumbnail",
  "status",
  "updated_at",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.barcode",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.updated_at",
  "variants.calculated_price.*",
  "variants.inventory_items.required_quantity",
  "variants.inventory_items.inventory_item_id",
]

/**
 * Stock of the page's inventory items at the register's location, in one read of the levels:
 * walking variants → inventory → location_levels in the product graph reads every level of every
 * item (warehouse and both stores) and the items themselves, which took half of a 1,000-product
 * page (5.7 of 11 s on the shared machine).
 */
async function attachLevelsAt(query: Query, products: ProductRow[], locationId: string) {
  const links = products.flatMap((product) =>
    (product.variants ?? []).flatMap((variant) => variant?.inventory_items ?? [])
  )
  const itemIds = unique(
    links.flatMap((link) => (link?.inventory_item_id ? [link.inventory_item_id] : []))
  )
  if (itemIds.length === 0) return
  const levels = (await graph(query, {
    entity: "inventory_level",
    fields: [
      "inventory_item_id",
      "location_id",
      "stocked_quantity",
      "reserved_quantity",
      "updated_at",
    ],
    filters: { inventory_item_id: itemIds, location_id: locationId },
  })) as unknown as Array<LevelRow & { inventory_item_id: string }>
  const byItem = new Map(levels.map((level) => [level.inventory_item_id, level]))
  for (const link of links) {
    if (!link) continue
    const level = link.inventory_item_id ? byItem.get(link.inventory_item_id) : undefined
    link.inventory = { location_levels: level ? [level] : [] }
  }
}

function time(value: string | Date | null | undefined): number {
  if (value == null) return 0
  const ms = new Date(value).getTime()
  return Number.isNaN(ms) ? 0 : ms
}

function quantity(value: number | string | null | undefined): number {
  const number = Number(value ?? 0)
  return Number.isFinite(number) ? number : 0
}

/**
 * Units of the variant available at the register's location: stocked − reserved of each
 * inventory item there, divided by what one unit needs; the scarcest item decides (Medusa's
 * availability rule, for one location). Negative after sales beyond recorded stock.
 */
function availableAt(variant: VariantRow, locationId: string): number | null {
  const items = (variant.inventory_items ?? []).filter((item) => item != null)
  if (items.length === 0) return null
  let available = Number.POSITIVE_INFINITY
  for (const item of items) {
    const level = (item.inventory?.location_levels ?? []).find(
      (candidate) => candidate?.location_id === locationId
    )
    const here = level ? quantity(level.stocked_quantity) - quantity(level.reserved_quantity) : 0
    const required = item.required_quantity > 0 ? item.required_quantity : 1
    available = Math.min(available, Math.floor(here / required))
  }
  return available
}

function vatRateOrNull(category: string, at: Date): number | null {
  try {
    return vatRateAt(category as VatCategory, at)
  } catch {
    return null
  }
}

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)]
}

/** Profiles, producers and certificates of the page's products, reduced to what the till shows. */
async function loadOcopFacts(
  container: MedusaContainer,
  productIds: string[],
  now: Date
): Promise<Map<string, OcopFacts>> {
  const { profiles, certificates } = await container
    .resolve<OcopModuleService>(OCOP_MODULE)
    .listPosCatalogFacts(productIds)
  const certificatesOf = new Map<string, typeof certificates>()
  for (const certificate of certificates) {
    certificatesOf.set(certificate.product_id, [
      ...(certificatesOf.get(certificate.product_id) ?? []),
      certificate,
    ])
  }
  const facts = new Map<string, OcopFacts>()
  for (const profile of profiles) {
    const own = certificatesOf.get(profile.product_id) ?? []
    // The badge rule from core, over every certificate of the product: a renewal and its
    // predecessor never both hold the badge on one day, so at most one answers yes.
    const badged = own
      .filter((certificate) =>
        hasOcopBadge(
          {
            stars: certificate.stars,
            valid_from: certificate.valid_from,
            valid_to: certificate.valid_to,
            revoked_at: certificate.revoked_at,
            superseded_by: certificate.superseded_by_id,
            superseded_at: certificate.superseded_at,
          } satisfies CertificateDates,
          now
        )
      )
      .sort((a, b) => time(b.valid_from) - time(a.valid_from))[0]
    facts.set(profile.product_id, {
      product_group: profile.product_group,
      is_alcohol: profile.is_alcohol,
      abv: profile.abv ?? null,
      vat_category: profile.vat_category,
      producer_name: profile.producer_name ?? null,
      stars: badged ? badged.stars : null,
      badge: Boolean(badged),
      updated_at: Math.max(
        time(profile.updated_at),
        time(profile.producer_updated_at),
        ...own.map((certificate) => time(certificate.updated_at))
      ),
    })
  }
  return facts
}

function presentItem(
  product: ProductRow,
  variant: VariantRow,
  facts: OcopFacts | undefined,
  locationId: string,
  now: Date
): PosCatalogItem | null {
  const amount = variant.calculated_price?.calculated_amount
  const price = amount == null ? Number.NaN : Number(amount)
  // A variant without a price in the register's region cannot be rung up.
  if (!Number.isSafeInteger(price) || price < 0) return null
  const alcohol = { is_alcohol: facts?.is_alcohol ?? false, abv: facts?.abv ?? null }
  const tracked = Boolean(variant.manage_inventory)
  const levels = (variant.inventory_items ?? []).flatMap(
    (item) => item?.inventory?.location_levels ?? []
  )
  const variantTitle = variant.title && variant.title !== product.title ? variant.title : null
  return {
    variant_id: variant.id,
    product_id: product.id,
    product_title: product.title,
    variant_title: variantTitle,
    sku: variant.sku ?? null,
    barcode: variant.barcode ?? null,
    search_key: toSearchKey(
      [product.title, variantTitle, variant.sku, facts?.producer_name].filter(Boolean).join(" ")
    ),
    thumbnail: product.thumbnail ?? null,
    price,
    vat_rate_percent: facts ? vatRateOrNull(facts.vat_category, now) : null,
    product_group: facts?.product_group ?? "other",
    stars: facts?.stars ?? null,
    badge: facts?.badge ?? false,
    producer_name: facts?.producer_name ?? null,
    is_alcohol: alcohol.is_alcohol,
    abv: alcohol.abv,
    promotion_banned: isPromotionBanned(alcohol),
    age_check_required: requiresAgeCheck(alcohol),
    stock_quantity: tracked ? availableAt(variant, locationId) : null,
    updated_at: new Date(
      Math.max(
        time(product.updated_at),
        time(variant.updated_at),
        facts?.updated_at ?? 0,
        ...levels
          .filter((level) => level.location_id === locationId)
          .map((level) => time(level.updated_at))
      )
    ).toISOString(),
  }
}

async function graph(query: Query, config: Record<string, unknown>) {
  return (await query.graph(config)).data
}

/** Product ids linked to the channel, in id order after `after`: one page plus one to peek. */
async function channelProductPage(
  query: Query,
  channelId: string,
  after: string,
  take: number
): Promise<string[]> {
  const rows = await graph(query, {
    entity: "product_sales_channel",
    fields: ["product_id"],
    filters: { sales_channel_id: channelId, ...(after ? { product_id: { $gt: after } } : {}) },
    pagination: { take, order: { product_id: "ASC" } },
  })
  return rows.map((row) => row.product_id as string)
}

async function variantProductIds(query: Query, variantIds: string[]): Promise<string[]> {
  if (variantIds.length === 0) return []
  const rows = await graph(query, {
    entity: "product_variant",
    fields: ["product_id"],
    filters: { id: unique(variantIds) },
    withDeleted: true,
  })
  return rows.map((row) => row.product_id as string)
}

async function priceSetProductIds(query: Query, priceSetIds: string[]): Promise<string[]> {
  if (priceSetIds.length === 0) return []
  const links = await graph(query, {
    entity: "product_variant_price_set",
    fields: ["variant_id"],
    filters: { price_set_id: unique(priceSetIds) },
  })
  return variantProductIds(
    query,
    links.map((link) => link.variant_id as string)
  )
}

/**
 * Products whose catalog item may differ from what the tablet got at `since`, among all products
 * (restricted to the channel by the caller).
 */
async function touchedProductIds(
  container: MedusaContainer,
  query: Query,
  register: CatalogRegister,
  since: Date,
  now: Date
): Promise<Set<string>> {
  const after = { $gt: since }
  const window = { $gt: since, $lte: now }
  const [products, variants, prices, priceLists, levels, links] = await Promise.all([
    graph(query, {
      entity: "product",
      fields: ["id"],
      filters: { $or: [{ updated_at: after }, { deleted_at: after }] },
      withDeleted: true,
    }),
    graph(query, {
      entity: "product_variant",
      fields: ["product_id"],
      filters: { $or: [{ updated_at: after }, { deleted_at: after }] },
      withDeleted: true,
    }),
    graph(query, {
      entity: "price",
      fields: ["price_set_id"],
      filters: { $or: [{ updated_at: after }, { deleted_at: after }] },
      withDeleted: true,
    }),
    graph(query, {
      entity: "price_list",
      fields: ["id"],
      filters: {
        $or: [{ updated_at: after }, { starts_at: window }, { ends_at: window }],
      },
      withDeleted: true,
    }),
    graph(query, {
      entity: "inventory_level",
      fields: ["inventory_item_id"],
      filters: { location_id: register.stock_location_id, updated_at: after },
    }),
    graph(query, {
      entity: "product_sales_channel",
      fields: ["product_id"],
      filters: {
        sales_channel_id: register.sales_channel_id,
        $or: [{ created_at: after }, { deleted_at: after }],
      },
      withDeleted: true,
    }),
  ])
  const listPrices = priceLists.length
    ? await graph(query, {
        entity: "price",
        fields: ["price_set_id"],
        filters: { price_list_id: priceLists.map((list) => list.id as string) },
      })
    : []
  const itemLinks = levels.length
    ? await graph(query, {
        entity: "product_variant_inventory_item",
        fields: ["variant_id"],
        filters: { inventory_item_id: unique(levels.map((l) => l.inventory_item_id as string)) },
      })
    : []
  const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
  const [profiles, certificates, producers] = await Promise.all([
    ocop.listOcopProductProfiles({ updated_at: after }, { select: ["product_id"] }),
    ocop.listOcopCertificates(
      {
        $or: [
          { updated_at: after },
          // The badge turns on or off at Vietnamese midnights without any row changing: take
          // every certificate with a date near the window (a few more than needed is harmless).
          { valid_from: { $gt: new Date(since.getTime() - 2 * DAY_MS), $lte: now } },
          { valid_to: { $gt: new Date(since.getTime() - 2 * DAY_MS), $lte: now } },
          { revoked_at: { $gt: new Date(since.getTime() - 2 * DAY_MS), $lte: now } },
          { superseded_at: { $gt: new Date(since.getTime() - 2 * DAY_MS), $lte: now } },
        ],
      },
      { select: ["product_id"] }
    ),
    ocop.listOcopProducers({ updated_at: after }, { select: ["id"] }),
  ])
  const producerProfiles = producers.length
    ? await ocop.listOcopProductProfiles(
        { producer_id: producers.map((producer) => producer.id) },
        { select: ["product_id"] }
      )
    : []
  const ids = new Set<string>([
    ...products.map((row) => row.id as string),
    ...variants.map((row) => row.product_id as string),
    ...links.map((row) => row.product_id as string),
    ...profiles.map((row) => row.product_id),
    ...certificates.map((row) => row.product_id),
    ...producerProfiles.map((row) => row.product_id),
  ])
  const viaPrices = await priceSetProductIds(query, [
    ...prices.map((row) => row.price_set_id as string),
    ...listPrices.map((row) => row.price_set_id as string),
  ])
  const viaStock = await variantProductIds(
    query,
    itemLinks.map((row) => row.variant_id as string)
  )
  for (const id of [...viaPrices, ...viaStock]) ids.add(id)
  return ids
}

/** Among `ids`, those linked to the channel now, and those whose link was removed since. */
async function channelMembership(
  query: Query,
  channelId: string,
  ids: string[],
  since: Date
): Promise<{ linked: Set<string>; unlinked: Set<string> }> {
  if (ids.length === 0) return { linked: new Set(), unlinked: new Set() }
  const rows = await graph(query, {
    entity: "product_sales_channel",
    fields: ["product_id", "deleted_at"],
    filters: { sales_channel_id: channelId, product_id: ids },
    withDeleted: true,
  })
  const linked = new Set<string>()
  const unlinked = new Set<string>()
  for (const row of rows) {
    const id = row.product_id as string
    if (row.deleted_at == null) linked.add(id)
    else if (time(row.deleted_at as string) > since.getTime()) unlinked.add(id)
  }
  for (const id of linked) unlinked.delete(id)
  return { linked, unlinked }
}

async function allVariantIds(query: Query, productIds: string[]): Promise<string[]> {
  if (productIds.length === 0) return []
  const rows = await graph(query, {
    entity: "product_variant",
    fields: ["id"],
    filters: { product_id: productIds },
    withDeleted: true,
  })
  return rows.map((row) => row.id as string)
}

export async function loadCatalogPage(
  container: MedusaContainer,
  register: CatalogRegister,
  request: CatalogRequest,
  now = new Date()
): Promise<PosCatalogPage> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY) as unknown as Query
  const cursor = request.cursor ? decodeCursor(request.cursor) : null
  const serverTime = cursor?.time ?? new Date(now.getTime() - CLOCK_MARGIN_MS).toISOString()
  const after = cursor?.after ?? ""
  const since = request.updated_since ? new Date(request.updated_since) : null

  let pageIds: string[]
  let more: boolean
  let removedProducts: string[] = []
  if (!since) {
    const ids = await channelProductPage(query, register.sales_channel_id, after, request.limit + 1)
    more = ids.length > request.limit
    pageIds = ids.slice(0, request.limit)
  } else {
    const touched = await touchedProductIds(container, query, register, since, now)
    const ordered = [...touched].filter((id) => id > after).sort()
    const window = ordered.slice(0, request.limit)
    more = ordered.length > request.limit
    const membership = await channelMembership(query, register.sales_channel_id, window, since)
    pageIds = window.filter((id) => membership.linked.has(id))
    removedProducts = window.filter((id) => membership.unlinked.has(id))
  }
  const lastId = [...pageIds, ...removedProducts].sort().at(-1)

  // the page's products with their stock, and the OCOP facts, read side by side
  const readProducts = async (): Promise<ProductRow[]> => {
    if (pageIds.length === 0) return []
    const rows = (await graph(query, {
      entity: "product",
      fields: PRODUCT_FIELDS,
      filters: { id: pageIds },
      context: {
        variants: {
          calculated_price: QueryContext({
            region_id: register.region_id,
            currency_code: register.currency_code,
          }),
        },
      },
    })) as unknown as ProductRow[]
    await attachLevelsAt(query, rows, register.stock_location_id)
    return rows
  }
  const [products, facts] = await Promise.all([
    readProducts(),
    pageIds.length
      ? loadOcopFacts(container, pageIds, now)
      : Promise.resolve(new Map<string, OcopFacts>()),
  ])

  const items: PosCatalogItem[] = []
  const sellable = new Set<string>()
  for (const product of products) {
    if (product.status !== "published") continue
    for (const variant of product.variants ?? []) {
      if (!variant) continue
      const item = presentItem(
        product,
        variant,
        facts.get(product.id),
        register.stock_location_id,
        now
      )
      if (item) {
        items.push(item)
        sellable.add(item.variant_id)
      }
    }
  }
  // In a delta, every variant of a touched product that is not sellable now is removed (deleted,
  // unpublished, out of the channel, no price): the tablet deletes ids it does not hold.
  const removed_variant_ids = since
    ? (await allVariantIds(query, [...pageIds, ...removedProducts])).filter(
        (id) => !sellable.has(id)
      )
    : []

  return {
    items,
    removed_variant_ids,
    next_cursor: more && lastId ? encodeCursor({ after: lastId, time: serverTime }) : null,
    server_time: serverTime,
  }
}
