import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules, RegionWorkflowEvents } from "@medusajs/framework/utils"
import { StoreCache, StoreCacheGeneration } from "../modules/ocop/store-catalog/cache"
import { storeCatalogRefreshQueue } from "../workflows/store-catalog"

/**
 * Regions and price preferences decide every card's prices (one calculated price per region,
 * tax-inclusive or not): a change forgets the cached regions and rewrites the read model. Rare
 * (a new market, a tax setting), so the whole rebuild is the simple, certain answer.
 */
export default async function rebuildStoreCatalogOnRegionChange({
  container,
}: SubscriberArgs<unknown>) {
  const cache = new StoreCache(() =>
    container.resolve(Modules.CACHING, { allowUnregistered: true })
  )
  await cache.advance([StoreCacheGeneration.context])
  await storeCatalogRefreshQueue(container).enqueueRebuild()
}

export const config: SubscriberConfig = {
  event: [
    RegionWorkflowEvents.CREATED,
    RegionWorkflowEvents.UPDATED,
    RegionWorkflowEvents.DELETED,
    "pricing.price-preference.created",
    "pricing.price-preference.updated",
    "pricing.price-preference.deleted",
    "store.store.updated",
  ],
  context: { subscriberId: "store-catalog-regions" },
}
