import type { CreateProductWorkflowInputDTO } from "@medusajs/framework/types"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { assertVnd, isPromotionBanned, isValidEan13, type VatCategory } from "@ocop/core"
import { DEFAULT_STOCK, SEED_SALES_CHANNELS } from "../seed-data/channels"
import { demoEan13 } from "../seed-data/ids"
import { SEED_PRODUCTS } from "../seed-data/products"
import { SEED_STORE } from "../seed-data/region"
import type { LocationKey, SeedProduct } from "../seed-data/types"
import type { ChannelIds, LocationIds } from "./channels"
import type { SeedContext } from "./context"

export type ProductIds = Map<string, string>

function productInput(
  product: SeedProduct,
  refs: { typeIds: Map<VatCategory, string>; channels: ChannelIds; shippingProfileId: string }
): CreateProductWorkflowInputDTO {
  const typeId = refs.typeIds.get(product.vat_category)
  if (!typeId) throw new Error(`seed: no product type for ${product.vat_category}`)
  const channelNames = product.channels ?? SEED_SALES_CHANNELS.map((channel) => channel.name)
  return {
    title: product.title,
    subtitle: product.subtitle ?? null,
    description: product.description,
    handle: product.handle,
    status: ProductStatus.PUBLISHED,
    type_id: typeId,
    shipping_profile_id: refs.shippingProfileId,
    // Medusa leaves non-discountable products out of promotions: rượu of 15 % ABV and more.
    discountable: !isPromotionBanned({ is_alcohol: product.is_alcohol ?? false, abv: product.abv }),
    origin_country: "vn",
    sales_channels: channelNames.map((name) => {
      const id = refs.channels.get(name)
      if (!id) throw new Error(`seed: product ${product.handle} names unknown channel ${name}`)
      return { id }
    }),
    options: [
      { title: product.option_title, values: product.variants.map((variant) => variant.title) },
    ],
    variants: product.variants.map((variant) => {
      assertVnd(variant.price, `${variant.sku} price`)
      const barcode = demoEan13(variant.item_ref)
      if (!isValidEan13(barcode)) throw new Error(`seed: bad EAN-13 ${barcode}`)
      return {
        title: variant.title,
        sku: variant.sku,
        barcode,
        ean: barcode,
        manage_inventory: !product.is_service,
        allow_backorder: false,
        weight: variant.weight_grams ?? null,
        options: { [product.option_title]: variant.title },
        prices: [{ currency_code: SEED_STORE.currency_code, amount: variant.price }],
        metadata: { is_demo: true, barcode_note: "EAN-13 with a demo GS1 company code" },
      }
    }),
    metadata: { ...product.metadata, vat_category: product.vat_category },
  }
}

/** The 30 products, found by handle; the missing ones are created in one workflow run. */
export async function ensureProducts(
  ctx: SeedContext,
  refs: { typeIds: Map<VatCategory, string>; channels: ChannelIds; shippingProfileId: string }
): Promise<ProductIds> {
  const productModule = ctx.container.resolve(Modules.PRODUCT)
  const handles = SEED_PRODUCTS.map((product) => product.handle)
  const existing = await productModule.listProducts(
    { handle: handles },
    { select: ["id", "handle"] }
  )
  const missing = SEED_PRODUCTS.filter(
    (product) => !existing.some((found) => found.handle === product.handle)
  )
  if (missing.length > 0) {
    await createProductsWorkflow(ctx.container).run({
      input: { products: missing.map((product) => productInput(product, refs)) },
    })
    ctx.logger.info(`seed: ${missing.length} products`)
  }
  const all = await productModule.listProducts(
    { handle: handles },
    { select: ["id", "handle"], take: handles.length }
  )
  const ids: ProductIds = new Map()
  for (const handle of handles) {
    const found = all.find((product) => product.handle === handle)
    if (!found) throw new Error(`seed: product ${handle} is missing`)
    ids.set(handle, found.id)
  }
  return ids
}

/** Stock per location for every stock-kept variant; an existing level is never changed. */
export async function ensureInventoryLevels(
  ctx: SeedContext,
  locations: LocationIds
): Promise<void> {
  const stocked = SEED_PRODUCTS.filter((product) => !product.is_service)
  const skus = stocked.flatMap((product) => product.variants.map((variant) => variant.sku))
  const { data: variants } = await ctx.query.graph({
    entity: "product_variant",
    fields: ["sku", "inventory_items.inventory_item_id"],
    filters: { sku: skus },
  })
  const itemBySku = new Map<string, string>()
  for (const variant of variants) {
    const itemId = variant.inventory_items?.[0]?.inventory_item_id
    if (variant.sku && itemId) itemBySku.set(variant.sku, itemId)
  }

  const inventoryModule = ctx.container.resolve(Modules.INVENTORY)
  const itemIds = [...itemBySku.values()]
  const levels = await inventoryModule.listInventoryLevels(
    { inventory_item_id: itemIds },
    { select: ["inventory_item_id", "location_id"], take: null }
  )
  const present = new Set(levels.map((level) => `${level.inventory_item_id}@${level.location_id}`))

  const toCreate: { inventory_item_id: string; location_id: string; stocked_quantity: number }[] =
    []
  for (const product of stocked) {
    const stock: Partial<Record<LocationKey, number>> = product.stock ?? DEFAULT_STOCK
    for (const variant of product.variants) {
      const itemId = itemBySku.get(variant.sku)
      if (!itemId) throw new Error(`seed: no inventory item for ${variant.sku}`)
      for (const [key, quantity] of Object.entries(stock) as [LocationKey, number][]) {
        const locationId = locations.get(key)
        if (!locationId) throw new Error(`seed: no stock location ${key}`)
        if (present.has(`${itemId}@${locationId}`)) continue
        toCreate.push({
          inventory_item_id: itemId,
          location_id: locationId,
          stocked_quantity: quantity,
        })
      }
    }
  }
  if (toCreate.length === 0) return
  await createInventoryLevelsWorkflow(ctx.container).run({
    input: { inventory_levels: toCreate },
  })
  ctx.logger.info(`seed: ${toCreate.length} inventory levels`)
}
