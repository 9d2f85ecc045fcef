import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"

/**
 * What a change event names, and so which products' cards it can make stale. Deleted records are
 * read with their soft-deleted rows so that a deletion still finds its product.
 */
export type StoreCatalogSource =
  | "product"
  | "variant"
  | "option"
  | "option_value"
  | "price"
  | "price_set"
  | "price_list"
  | "inventory_item"
  | "inventory_level"
  | "reservation"
  | "order"
  | "profile"
  | "certificate"
  | "producer"
  | "product_channel_link"
  | "variant_inventory_link"
  | "channel_location_link"
  | "translation"

type Ids = string[]
const WITH_DELETED = { withDeleted: true }

const unique = (values: Array<string | null | undefined>): Ids => [
  ...new Set(values.filter((value): value is string => typeof value === "string" && value !== "")),
]

/** The distinct values of one column of some records. */
const column = <K extends string>(records: ReadonlyArray<Partial<Record<K, unknown>>>, key: K) =>
  unique(records.map((record) => record[key] as string | null | undefined))

async function productsOfVariants(container: MedusaContainer, variantIds: Ids): Promise<Ids> {
  if (!variantIds.length) return []
  const variants = await container
    .resolve(Modules.PRODUCT)
    .listProductVariants({ id: variantIds }, { select: ["id", "product_id"], ...WITH_DELETED })
  return unique(variants.map((variant) => variant.product_id))
}

async function variantsOfLink(
  container: MedusaContainer,
  entity: "product_variant_price_set" | "product_variant_inventory_item",
  key: "price_set_id" | "inventory_item_id",
  ids: Ids
): Promise<Ids> {
  if (!ids.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity, fields: ["variant_id"], filters: { [key]: ids } })
  return unique((data as Array<{ variant_id: string }>).map((link) => link.variant_id))
}

async function productsOfPriceSets(container: MedusaContainer, priceSetIds: Ids): Promise<Ids> {
  const variants = await variantsOfLink(
    container,
    "product_variant_price_set",
    "price_set_id",
    priceSetIds
  )
  return productsOfVariants(container, variants)
}

async function productsOfInventoryItems(container: MedusaContainer, itemIds: Ids): Promise<Ids> {
  const variants = await variantsOfLink(
    container,
    "product_variant_inventory_item",
    "inventory_item_id",
    itemIds
  )
  return productsOfVariants(container, variants)
}

async function productsOfChannels(container: MedusaContainer, channelIds: Ids): Promise<Ids> {
  if (!channelIds.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_sales_channel",
    fields: ["product_id"],
    filters: { sales_channel_id: channelIds },
  })
  return unique((data as Array<{ product_id: string }>).map((link) => link.product_id))
}

async function productsOfOptions(container: MedusaContainer, optionIds: Ids): Promise<Ids> {
  if (!optionIds.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_option",
    fields: ["products.id"],
    filters: { id: optionIds },
  })
  return unique(
    (data as Array<{ products?: Array<{ id: string } | null> | null }>).flatMap((option) =>
      (option.products ?? []).map((product) => product?.id)
    )
  )
}

async function productsOfOptionValues(container: MedusaContainer, valueIds: Ids): Promise<Ids> {
  if (!valueIds.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_option_value",
    fields: ["variants.product_id"],
    filters: { id: valueIds },
  })
  return unique(
    (data as Array<{ variants?: Array<{ product_id: string } | null> | null }>).flatMap((value) =>
      (value.variants ?? []).map((variant) => variant?.product_id)
    )
  )
}

async function productsOfTranslations(container: MedusaContainer, ids: Ids): Promise<Ids> {
  const translations = await container
    .resolve(Modules.TRANSLATION)
    .listTranslations({ id: ids }, { select: ["reference", "reference_id"], ...WITH_DELETED })
  const of = (reference: string) =>
    translations.filter((t) => t.reference === reference).map((t) => t.reference_id)
  const resolved = await Promise.all([
    productsOfVariants(container, of("product_variant")),
    productsOfOptions(container, of("product_option")),
    productsOfOptionValues(container, of("product_option_value")),
  ])
  return unique([...of("product"), ...resolved.flat()])
}

/** The link module between two modules, read with soft-deleted rows (a detached link is one). */
function linkService(container: MedusaContainer, link: "product_channel" | "channel_location") {
  const remoteLink = container.resolve(ContainerRegistrationKeys.LINK)
  const service =
    link === "product_channel"
      ? remoteLink.getLinkModule(
          Modules.PRODUCT,
          "product_id",
          Modules.SALES_CHANNEL,
          "sales_channel_id"
        )
      : remoteLink.getLinkModule(
          Modules.SALES_CHANNEL,
          "sales_channel_id",
          Modules.STOCK_LOCATION,
          "stock_location_id"
        )
  if (!service) throw new Error(`link module ${link} is not loaded`)
  return service as unknown as {
    list(filters: object, config?: object): Promise<Array<Record<string, string>>>
  }
}

/**
 * The products whose cards the changed records feed, and whether their channels' public producer
 * data changed (a producer's name or photos).
 */
export async function affectedProducts(
  container: MedusaContainer,
  source: StoreCatalogSource,
  ids: Ids
): Promise<{ product_ids: Ids; touch_channels?: boolean }> {
  if (!ids.length) return { product_ids: [] }
  const ocop = () => container.resolve<OcopModuleService>(OCOP_MODULE)
  const pricing = () => container.resolve(Modules.PRICING)
  const inventory = () => container.resolve(Modules.INVENTORY)
  const products = (productIds: Ids) => ({ product_ids: productIds })
  switch (source) {
    case "product":
      return products(ids)
    case "variant":
      return products(await productsOfVariants(container, ids))
    case "option":
      return products(await productsOfOptions(container, ids))
    case "option_value":
      return products(await productsOfOptionValues(container, ids))
    case "price":
    case "price_list": {
      const filter = source === "price" ? { id: ids } : { price_list_id: ids }
      const prices = await pricing().listPrices(filter, {
        select: ["price_set_id"],
        ...WITH_DELETED,
      })
      return products(await productsOfPriceSets(container, column(prices, "price_set_id")))
    }
    case "price_set":
      return products(await productsOfPriceSets(container, ids))
    case "inventory_item":
      return products(await productsOfInventoryItems(container, ids))
    case "inventory_level":
    case "reservation": {
      const config = { select: ["inventory_item_id"], ...WITH_DELETED }
      const records =
        source === "inventory_level"
          ? await inventory().listInventoryLevels({ id: ids }, config)
          : await inventory().listReservationItems({ id: ids }, config)
      return products(
        await productsOfInventoryItems(container, column(records, "inventory_item_id"))
      )
    }
    case "order": {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "order",
        fields: ["items.product_id"],
        filters: { id: ids },
      })
      const orders = data as Array<{ items?: Array<{ product_id?: string | null } | null> | null }>
      return products(
        unique(orders.flatMap((order) => (order.items ?? []).map((i) => i?.product_id)))
      )
    }
    case "profile":
    case "producer": {
      const filter = source === "profile" ? { id: ids } : { producer_id: ids }
      const profiles = await ocop().listOcopProductProfiles(filter, {
        select: ["product_id"],
        ...WITH_DELETED,
      })
      // A producer's name and photos show in every channel that sells one of their products.
      return { product_ids: column(profiles, "product_id"), touch_channels: source === "producer" }
    }
    case "certificate": {
      const certificates = await ocop().listOcopCertificates(
        { id: ids },
        { select: ["product_id"], ...WITH_DELETED }
      )
      return products(column(certificates, "product_id"))
    }
    case "product_channel_link": {
      const links = await linkService(container, "product_channel").list({ id: ids }, WITH_DELETED)
      return products(column(links, "product_id"))
    }
    case "variant_inventory_link": {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product_variant_inventory_item",
        fields: ["variant_id"],
        filters: { id: ids },
      })
      return products(await productsOfVariants(container, column(data, "variant_id")))
    }
    case "channel_location_link": {
      const links = await linkService(container, "channel_location").list({ id: ids }, WITH_DELETED)
      return products(await productsOfChannels(container, column(links, "sales_channel_id")))
    }
    case "translation":
      return products(await productsOfTranslations(container, ids))
  }
}
