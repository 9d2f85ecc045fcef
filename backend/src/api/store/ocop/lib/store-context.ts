import type { MedusaStoreRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { StoreCache, StoreCacheGeneration } from "../../../../modules/ocop/store-catalog/cache"

/** Who is asking: the publishable key's sales channels, the pricing region and the locale. */
export interface StoreContext {
  container: MedusaContainer
  salesChannelIds: string[]
  /** The region whose calculated prices the cards show; null in a store without regions. */
  regionId: string | null
  /** BCP 47 locale of the request (`?locale=` or `x-medusa-locale`); product text is translated to it. */
  locale: string | undefined
  cache: StoreCache
}

/** The store routes' cache: Medusa's Caching Module when loaded (see redis-modules.ts). */
export function storeCache(container: MedusaContainer): StoreCache {
  return new StoreCache(() => container.resolve(Modules.CACHING, { allowUnregistered: true }))
}

async function knownRegion(
  container: MedusaContainer,
  cache: StoreCache,
  regionId: string
): Promise<boolean> {
  const generation = await cache.generation(StoreCacheGeneration.context)
  return cache.remember(`ocop:store:region:${generation}:${regionId}`, async () => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "region",
      fields: ["id"],
      filters: { id: regionId },
    })
    return data.length > 0
  })
}

async function defaultRegionId(container: MedusaContainer, cache: StoreCache) {
  const generation = await cache.generation(StoreCacheGeneration.context)
  return cache.remember(`ocop:store:default-region:${generation}`, async () => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "store", fields: ["id", "default_region_id"] })
    return (data[0]?.default_region_id as string | null | undefined) ?? null
  })
}

/**
 * The publishable key decides the channels (Medusa has already checked the key for every /store
 * route); `region_id` or the store's default region decides prices. An unknown region_id is the
 * caller's mistake (400); a store without any region lists products without prices.
 */
export async function resolveStoreContext(
  req: MedusaStoreRequest,
  regionId: string | undefined
): Promise<StoreContext> {
  const salesChannelIds = req.publishable_key_context?.sales_channel_ids ?? []
  if (salesChannelIds.length === 0) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Publishable key needs to have a sales channel configured"
    )
  }
  const container = req.scope
  const cache = storeCache(container)
  if (regionId && !(await knownRegion(container, cache, regionId))) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Field 'region_id': no region with id "${regionId}"`
    )
  }
  return {
    container,
    salesChannelIds,
    regionId: regionId ?? (await defaultRegionId(container, cache)),
    locale: req.locale,
    cache,
  }
}

/** Whether text must be read through Medusa's Translation module (stored text is Vietnamese). */
export function needsTranslation(locale: string | undefined): locale is string {
  return locale != null && locale.trim() !== "" && !locale.trim().toLowerCase().startsWith("vi")
}
