import type { ExecArgs } from "@medusajs/framework/types"
import { enableVietnamPaymentProvidersWorkflow } from "../workflows/payments"
import { rebuildStoreCatalog } from "../workflows/store-catalog"
import { ensureInventoryLevels, ensureProducts } from "./seed/catalog"
import { ensureSalesChannels, ensureStockLocations, ensureStoreDefaults } from "./seed/channels"
import { createSeedContext } from "./seed/context"
import { seedDemoAdmin } from "./seed/demo-admin"
import { ensureFulfillment, ensureShippingProfile } from "./seed/fulfillment"
import { ensureCertificates, ensureProducers, ensureProductProfiles } from "./seed/ocop"
import { ensurePosRegisters } from "./seed/pos"
import { listPublishableKeys } from "./seed/publishable-keys"
import { ensureRegion, ensureTaxRates, ensureVatProductTypes } from "./seed/region-tax"
import { markStoreSeeded } from "./seed/store-marker"
import { ensureProductTranslations, ensureStoreLocales } from "./seed/translations"
import { WEB_STORE_CHANNEL } from "./seed-data/channels"

/**
 * Demo data for a fresh installation: the Vietnam region and VAT, one sales channel with its own
 * publishable key and stock location per outlet, delivery and pickup, 30 Lạng Sơn products with
 * stock, their OCOP producers, profiles and certificates, a POS register per store and booth with
 * demo clerks, and the demo admin. The data lives in
 * seed-data/; every step looks up what it would create by a natural key first, so running the
 * seed again changes nothing.
 */
export default async function seed({ container }: Pick<ExecArgs, "container"> & Partial<ExecArgs>) {
  const ctx = createSeedContext(container)
  const started = Date.now()

  const region = await ensureRegion(ctx)
  // VietQR, cash on delivery and Stripe (when configured); not Medusa's system provider, which
  // would let a web order through without any payment
  await enableVietnamPaymentProvidersWorkflow(container).run({ input: { region_ids: [region.id] } })
  const typeIds = await ensureVatProductTypes(ctx)
  await ensureTaxRates(ctx, typeIds)

  const locations = await ensureStockLocations(ctx)
  const channels = await ensureSalesChannels(ctx, locations)
  const webStore = channels.get(WEB_STORE_CHANNEL)
  const warehouse = locations.get("warehouse")
  if (!webStore || !warehouse) throw new Error("seed: web store or warehouse is missing")
  await ensureStoreDefaults(ctx, {
    regionId: region.id,
    channelId: webStore,
    locationId: warehouse,
  })
  const shippingProfileId = await ensureShippingProfile(ctx)
  await ensureFulfillment(ctx, locations, shippingProfileId)

  const producers = await ensureProducers(ctx)
  const products = await ensureProducts(ctx, { typeIds, channels, shippingProfileId })
  await ensureInventoryLevels(ctx, locations)
  await ensureProductProfiles(ctx, products, producers)
  await ensureCertificates(ctx, products)
  await ensureStoreLocales(ctx)
  await ensureProductTranslations(ctx, products)

  // The store read model from everything above (events of this short-lived process may not all
  // be handled before it exits).
  await rebuildStoreCatalog(container)

  await ensurePosRegisters(ctx, { regionId: region.id, channels, locations })
  await seedDemoAdmin({ container })
  await markStoreSeeded({ container })

  for (const { channel, token } of await listPublishableKeys({ container })) {
    ctx.logger.info(`seed: publishable key for "${channel}": ${token}`)
  }
  ctx.logger.info(`seed: done in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
