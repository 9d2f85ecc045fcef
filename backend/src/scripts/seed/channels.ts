import { Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createSalesChannelsWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateApiKeysWorkflow,
  updateSalesChannelsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { SEED_SALES_CHANNELS, SEED_STOCK_LOCATIONS } from "../seed-data/channels"
import { SEED_STORE } from "../seed-data/region"
import type { LocationKey, SeedEvent, SeedSalesChannel } from "../seed-data/types"
import { resolveSeedDay, type SeedContext } from "./context"

/** Names Medusa gives the channel and key it creates on install. */
const INSTALL_DEFAULT_CHANNEL = "Default Sales Channel"
const INSTALL_DEFAULT_KEY = "Default Publishable API Key"

export type LocationIds = Map<LocationKey, string>
export type ChannelIds = Map<string, string>

function eventMetadata(event: SeedEvent, now: Date) {
  return {
    name: event.name,
    venue: event.venue,
    organizers: event.organizers,
    first_held_from: event.first_held_from,
    demo_window: {
      starts_at: resolveSeedDay(event.demo_window.starts, now).toISOString(),
      ends_at: resolveSeedDay(event.demo_window.ends, now).toISOString(),
      is_demo: true,
    },
  }
}

export async function ensureStockLocations(ctx: SeedContext): Promise<LocationIds> {
  const stockLocationModule = ctx.container.resolve(Modules.STOCK_LOCATION)
  const names = SEED_STOCK_LOCATIONS.map((location) => location.name)
  const existing = await stockLocationModule.listStockLocations({ name: names })
  const missing = SEED_STOCK_LOCATIONS.filter(
    (location) => !existing.some((found) => found.name === location.name)
  )
  if (missing.length > 0) {
    await createStockLocationsWorkflow(ctx.container).run({
      input: {
        locations: missing.map((location) => {
          const event = location.event
          return {
            name: location.name,
            address: location.address,
            metadata: {
              ...location.metadata,
              seed_key: location.key,
              ...(event ? { event: eventMetadata(event, ctx.now) } : {}),
            },
          }
        }),
      },
    })
    ctx.logger.info(`seed: ${missing.length} stock locations`)
  }
  const all = await stockLocationModule.listStockLocations({ name: names })
  const ids: LocationIds = new Map()
  for (const location of SEED_STOCK_LOCATIONS) {
    const found = all.find((candidate) => candidate.name === location.name)
    if (!found) throw new Error(`seed: stock location ${location.name} is missing`)
    ids.set(location.key, found.id)
  }
  return ids
}

/**
 * The channel Medusa created on install becomes the web store (with its key) rather than staying
 * around unused, so that the demo has exactly one channel and one key per outlet.
 */
async function adoptInstallDefault(
  ctx: SeedContext,
  channel: SeedSalesChannel
): Promise<string | undefined> {
  const storeModule = ctx.container.resolve(Modules.STORE)
  const salesChannelModule = ctx.container.resolve(Modules.SALES_CHANNEL)
  const [store] = await storeModule.listStores()
  if (!store?.default_sales_channel_id) return undefined
  const [installDefault] = await salesChannelModule.listSalesChannels({
    id: store.default_sales_channel_id,
    name: INSTALL_DEFAULT_CHANNEL,
  })
  if (!installDefault) return undefined
  await updateSalesChannelsWorkflow(ctx.container).run({
    input: {
      selector: { id: installDefault.id },
      update: { name: channel.name, description: channel.description },
    },
  })
  return installDefault.id
}

async function ensureChannel(ctx: SeedContext, channel: SeedSalesChannel): Promise<string> {
  const salesChannelModule = ctx.container.resolve(Modules.SALES_CHANNEL)
  const [existing] = await salesChannelModule.listSalesChannels({ name: channel.name })
  if (existing) return existing.id
  const adopted = channel.replaces_install_default
    ? await adoptInstallDefault(ctx, channel)
    : undefined
  if (adopted) return adopted
  const { result } = await createSalesChannelsWorkflow(ctx.container).run({
    input: {
      salesChannelsData: [{ name: channel.name, description: channel.description }],
    },
  })
  const created = result[0]
  if (!created) throw new Error(`seed: sales channel ${channel.name} was not created`)
  return created.id
}

/**
 * Medusa reserves at a linked location of the order's channel, so each channel keeps exactly its
 * own: one for an outlet, plus the pick-up stores of a channel that offers click & collect (whose
 * orders' reservations are moved to the chosen option's location at completion).
 */
async function ensureChannelLocations(
  ctx: SeedContext,
  channelId: string,
  locationIds: string[]
): Promise<void> {
  const { data } = await ctx.query.graph({
    entity: "sales_channel",
    fields: ["id", "name", "stock_locations.id"],
    filters: { id: channelId },
  })
  const linked = ((data[0]?.stock_locations ?? []) as ({ id: string } | null)[]).flatMap(
    (location) => (location ? [location.id] : [])
  )
  for (const locationId of locationIds.filter((id) => !linked.includes(id))) {
    await linkSalesChannelsToStockLocationWorkflow(ctx.container).run({
      input: { id: locationId, add: [channelId] },
    })
  }
  for (const other of linked.filter((id) => !locationIds.includes(id))) {
    ctx.logger.warn(`seed: unlinking stock location ${other} from ${data[0]?.name}`)
    await linkSalesChannelsToStockLocationWorkflow(ctx.container).run({
      input: { id: other, remove: [channelId] },
    })
  }
}

/** Every channel has its own publishable key (a key with one channel lets carts pick it). */
async function ensurePublishableKey(ctx: SeedContext, channelId: string, title: string) {
  const { data } = await ctx.query.graph({
    entity: "sales_channel",
    fields: ["id", "publishable_api_keys.id", "publishable_api_keys.title"],
    filters: { id: channelId },
  })
  const keyIds = ((data[0]?.publishable_api_keys ?? []) as ({ id: string } | null)[]).flatMap(
    (key) => (key ? [key.id] : [])
  )
  const apiKeyModule = ctx.container.resolve(Modules.API_KEY)
  const keys = keyIds.length ? await apiKeyModule.listApiKeys({ id: keyIds }) : []
  const current = keys.find((key) => !key.revoked_at)
  if (current) {
    if (current.title === INSTALL_DEFAULT_KEY) {
      await updateApiKeysWorkflow(ctx.container).run({
        input: { selector: { id: current.id }, update: { title } },
      })
    }
    return
  }
  const { result } = await createApiKeysWorkflow(ctx.container).run({
    input: { api_keys: [{ title, type: "publishable", created_by: "seed" }] },
  })
  const key = result[0]
  if (!key) throw new Error(`seed: publishable key for ${title} was not created`)
  await linkSalesChannelsToApiKeyWorkflow(ctx.container).run({
    input: { id: key.id, add: [channelId] },
  })
}

export async function ensureSalesChannels(
  ctx: SeedContext,
  locations: LocationIds
): Promise<ChannelIds> {
  const ids: ChannelIds = new Map()
  for (const channel of SEED_SALES_CHANNELS) {
    const channelId = await ensureChannel(ctx, channel)
    const locationIds = [channel.location, ...(channel.pickup_locations ?? [])].map((key) => {
      const id = locations.get(key)
      if (!id) throw new Error(`seed: no stock location ${key}`)
      return id
    })
    await ensureChannelLocations(ctx, channelId, locationIds)
    await ensurePublishableKey(ctx, channelId, channel.name)
    ids.set(channel.name, channelId)
  }
  return ids
}

/**
 * Store defaults: VND only and tax-inclusive (a currency price preference), the region, the web
 * store as default channel and the warehouse as default location. Updated only when different.
 */
export async function ensureStoreDefaults(
  ctx: SeedContext,
  ids: { regionId: string; channelId: string; locationId: string }
): Promise<void> {
  const storeModule = ctx.container.resolve(Modules.STORE)
  const pricingModule = ctx.container.resolve(Modules.PRICING)
  const [store] = await storeModule.listStores({}, { relations: ["supported_currencies"] })
  if (!store) throw new Error("Medusa has no store; run the migrations first")
  const currencies = store.supported_currencies ?? []
  const [preference] = await pricingModule.listPricePreferences({
    attribute: "currency_code",
    value: SEED_STORE.currency_code,
  })
  const upToDate =
    currencies.length === 1 &&
    currencies[0]?.currency_code === SEED_STORE.currency_code &&
    currencies[0]?.is_default &&
    preference?.is_tax_inclusive === true &&
    store.default_region_id === ids.regionId &&
    store.default_sales_channel_id === ids.channelId &&
    store.default_location_id === ids.locationId
  if (upToDate) return
  await updateStoresWorkflow(ctx.container).run({
    input: {
      selector: { id: store.id },
      update: {
        supported_currencies: [
          { currency_code: SEED_STORE.currency_code, is_default: true, is_tax_inclusive: true },
        ],
        default_region_id: ids.regionId,
        default_sales_channel_id: ids.channelId,
        default_location_id: ids.locationId,
      },
    },
  })
  ctx.logger.info(`seed: store defaults (${SEED_STORE.currency_code}, tax-inclusive)`)
}
