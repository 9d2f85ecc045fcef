import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  InventoryEvents,
  OrderWorkflowEvents,
  PricingEvents,
  ProductEvents,
  ProductWorkflowEvents,
  TranslationWorkflowEvents,
} from "@medusajs/framework/utils"
import { type StoreCatalogSource, storeCatalogRefreshQueue } from "../workflows/store-catalog"

/**
 * Every change that can make a card of the store read model stale, and what its id names. The
 * module events (`<module>.<entity>.<action>`) are emitted by the modules themselves, whoever
 * writes (core workflows, our OCOP workflows, a script calling a service), so the read model
 * does not depend on which path a change took. Links emit `<Link>.attached/detached`.
 */
export const STORE_CATALOG_EVENTS: Record<string, StoreCatalogSource> = {
  [ProductEvents.PRODUCT_CREATED]: "product",
  [ProductEvents.PRODUCT_UPDATED]: "product",
  [ProductEvents.PRODUCT_DELETED]: "product",
  [ProductWorkflowEvents.UPDATED]: "product",
  [ProductEvents.PRODUCT_VARIANT_CREATED]: "variant",
  [ProductEvents.PRODUCT_VARIANT_UPDATED]: "variant",
  [ProductEvents.PRODUCT_VARIANT_DELETED]: "variant",
  [ProductEvents.PRODUCT_OPTION_UPDATED]: "option",
  [ProductEvents.PRODUCT_OPTION_VALUE_UPDATED]: "option_value",
  [PricingEvents.PRICE_CREATED]: "price",
  [PricingEvents.PRICE_UPDATED]: "price",
  [PricingEvents.PRICE_DELETED]: "price",
  [PricingEvents.PRICE_LIST_CREATED]: "price_list",
  [PricingEvents.PRICE_LIST_UPDATED]: "price_list",
  [PricingEvents.PRICE_LIST_DELETED]: "price_list",
  [InventoryEvents.INVENTORY_ITEM_UPDATED]: "inventory_item",
  [InventoryEvents.INVENTORY_LEVEL_CREATED]: "inventory_level",
  [InventoryEvents.INVENTORY_LEVEL_UPDATED]: "inventory_level",
  [InventoryEvents.INVENTORY_LEVEL_DELETED]: "inventory_level",
  [InventoryEvents.RESERVATION_ITEM_CREATED]: "reservation",
  [InventoryEvents.RESERVATION_ITEM_UPDATED]: "reservation",
  [InventoryEvents.RESERVATION_ITEM_DELETED]: "reservation",
  [OrderWorkflowEvents.PLACED]: "order",
  [OrderWorkflowEvents.CANCELED]: "order",
  "ocop.ocop-product-profile.created": "profile",
  "ocop.ocop-product-profile.updated": "profile",
  "ocop.ocop-product-profile.deleted": "profile",
  "ocop.ocop-certificate.created": "certificate",
  "ocop.ocop-certificate.updated": "certificate",
  "ocop.ocop-certificate.deleted": "certificate",
  "ocop.ocop-producer.updated": "producer",
  "ocop.ocop-producer.deleted": "producer",
  "LinkProductSalesChannel.attached": "product_channel_link",
  "LinkProductSalesChannel.detached": "product_channel_link",
  "LinkProductVariantInventoryItem.attached": "variant_inventory_link",
  "LinkSalesChannelStockLocation.attached": "channel_location_link",
  "LinkSalesChannelStockLocation.detached": "channel_location_link",
  [TranslationWorkflowEvents.CREATED]: "translation",
  [TranslationWorkflowEvents.UPDATED]: "translation",
  [TranslationWorkflowEvents.DELETED]: "translation",
}

/** Queues the products behind a change for a batched refresh and waits until it is written. */
export default async function refreshStoreCatalogOnChange({
  event,
  container,
}: SubscriberArgs<{ id: string | string[] }>) {
  const source = STORE_CATALOG_EVENTS[event.name]
  if (!source) return
  const ids = ([] as Array<string | undefined>)
    .concat(event.data?.id)
    .filter((id): id is string => typeof id === "string")
  await storeCatalogRefreshQueue(container).enqueue(source, ids)
}

export const config: SubscriberConfig = {
  event: Object.keys(STORE_CATALOG_EVENTS),
  context: { subscriberId: "store-catalog-refresh" },
}
