import { Modules } from "@medusajs/framework/utils"
import {
  batchLinksWorkflow,
  createLocationFulfillmentSetWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { assertVnd } from "@ocop/core"
import { SEED_STOCK_LOCATIONS } from "../seed-data/channels"
import {
  SEED_FULFILLMENT_PROVIDER,
  SEED_SERVICE_ZONE,
  SEED_SHIPPING_PROFILE,
  SEED_STORE,
} from "../seed-data/region"
import type { SeedStockLocation } from "../seed-data/types"
import type { LocationIds } from "./channels"
import type { SeedContext } from "./context"

/** The shipping profile every seeded product belongs to. */
export async function ensureShippingProfile(ctx: SeedContext): Promise<string> {
  const fulfillmentModule = ctx.container.resolve(Modules.FULFILLMENT)
  const [existing] = await fulfillmentModule.listShippingProfiles({
    type: SEED_SHIPPING_PROFILE.type,
  })
  if (existing) return existing.id
  const { result } = await createShippingProfilesWorkflow(ctx.container).run({
    input: { data: [{ ...SEED_SHIPPING_PROFILE }] },
  })
  const profile = result[0]
  if (!profile) throw new Error("seed: shipping profile was not created")
  return profile.id
}

interface OptionPlan {
  setName: string
  setType: "shipping" | "pickup"
  optionName: string
  amount: number
  type: { label: string; description: string; code: string }
}

function plansFor(location: SeedStockLocation): OptionPlan[] {
  const plans: OptionPlan[] = []
  if (location.delivery) {
    plans.push({
      setName: `${location.name}: giao hàng`,
      setType: "shipping",
      optionName: location.delivery.option_name,
      amount: location.delivery.amount,
      type: { label: "Tiêu chuẩn", description: location.delivery.description, code: "standard" },
    })
  }
  if (location.pickup) {
    plans.push({
      setName: `${location.name}: nhận tại cửa hàng`,
      setType: "pickup",
      optionName: location.pickup.option_name,
      amount: 0,
      type: { label: "Nhận tại cửa hàng", description: location.name, code: "pickup" },
    })
  }
  return plans
}

async function ensureProviderLink(ctx: SeedContext, locationId: string): Promise<void> {
  const { data } = await ctx.query.graph({
    entity: "stock_location",
    fields: ["id", "fulfillment_providers.id"],
    filters: { id: locationId },
  })
  const providers = ((data[0]?.fulfillment_providers ?? []) as ({ id: string } | null)[]).map(
    (provider) => provider?.id
  )
  if (providers.includes(SEED_FULFILLMENT_PROVIDER)) return
  await batchLinksWorkflow(ctx.container).run({
    input: {
      create: [
        {
          [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
          [Modules.FULFILLMENT]: { fulfillment_provider_id: SEED_FULFILLMENT_PROVIDER },
        },
      ],
    },
  })
}

/** A fulfillment set of the location with one service zone covering Vietnam; its zone id. */
async function ensureServiceZone(
  ctx: SeedContext,
  locationId: string,
  plan: OptionPlan
): Promise<string> {
  const fulfillmentModule = ctx.container.resolve(Modules.FULFILLMENT)
  let [set] = await fulfillmentModule.listFulfillmentSets(
    { name: plan.setName },
    { relations: ["service_zones"] }
  )
  if (!set) {
    await createLocationFulfillmentSetWorkflow(ctx.container).run({
      input: {
        location_id: locationId,
        fulfillment_set_data: { name: plan.setName, type: plan.setType },
      },
    })
    ;[set] = await fulfillmentModule.listFulfillmentSets(
      { name: plan.setName },
      { relations: ["service_zones"] }
    )
    if (!set) throw new Error(`seed: fulfillment set ${plan.setName} was not created`)
  }
  // Zone names are unique across all fulfillment sets, hence the set's name in it.
  const zoneName = `${plan.setName} (${SEED_SERVICE_ZONE.name})`
  const zone = set.service_zones?.find((candidate) => candidate.name === zoneName)
  if (zone) return zone.id
  const { result } = await createServiceZonesWorkflow(ctx.container).run({
    input: {
      data: [
        {
          fulfillment_set_id: set.id,
          name: zoneName,
          geo_zones: [{ type: "country", country_code: SEED_SERVICE_ZONE.country_code }],
        },
      ],
    },
  })
  const created = result[0]
  if (!created) throw new Error(`seed: service zone for ${plan.setName} was not created`)
  return created.id
}

/**
 * Delivery from the warehouse at a flat VND price for the web store, and free in-store pickup at
 * the stores. Options are found by name within their service zone before anything is created.
 */
export async function ensureFulfillment(
  ctx: SeedContext,
  locations: LocationIds,
  shippingProfileId: string
): Promise<void> {
  const fulfillmentModule = ctx.container.resolve(Modules.FULFILLMENT)
  for (const location of SEED_STOCK_LOCATIONS) {
    const plans = plansFor(location)
    if (plans.length === 0) continue
    const locationId = locations.get(location.key)
    if (!locationId) throw new Error(`seed: no stock location ${location.key}`)
    await ensureProviderLink(ctx, locationId)
    for (const plan of plans) {
      const serviceZoneId = await ensureServiceZone(ctx, locationId, plan)
      const [existing] = await fulfillmentModule.listShippingOptions({
        name: plan.optionName,
        service_zone: { id: serviceZoneId },
      })
      if (existing) continue
      assertVnd(plan.amount, `${plan.optionName} price`)
      await createShippingOptionsWorkflow(ctx.container).run({
        input: [
          {
            name: plan.optionName,
            price_type: "flat",
            provider_id: SEED_FULFILLMENT_PROVIDER,
            service_zone_id: serviceZoneId,
            shipping_profile_id: shippingProfileId,
            type: plan.type,
            prices: [{ currency_code: SEED_STORE.currency_code, amount: plan.amount }],
            rules: [
              { attribute: "enabled_in_store", operator: "eq", value: "true" },
              { attribute: "is_return", operator: "eq", value: "false" },
            ],
          },
        ],
      })
      ctx.logger.info(`seed: shipping option ${plan.optionName} (${plan.amount} ₫)`)
    }
  }
}
