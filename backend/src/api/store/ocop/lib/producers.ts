import { compareVi, localizedText } from "@ocop/core"
import type { StoreProducerDetail, StoreProducerSummary, StoreProducersResponse } from "@ocop/sdk"
import { OCOP_MODULE } from "../../../../modules/ocop"
import type OcopModuleService from "../../../../modules/ocop/service"
import { getChannelCatalog, type StoreContext } from "./store-context"

function photoList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item) => typeof item === "string") : []
}

/** Producers with products in the key's channels, in Vietnamese name order. */
export async function listStoreProducers(
  ctx: StoreContext,
  filters: { legacy_district?: string; limit: number; offset: number }
): Promise<StoreProducersResponse> {
  const catalog = await getChannelCatalog(ctx)
  const ocop = ctx.container.resolve<OcopModuleService>(OCOP_MODULE)
  const rows = await ocop.listStoreProducerSummaries(
    catalog.entries.map((entry) => entry.product_id)
  )
  const matching = rows
    .filter((row) => !filters.legacy_district || row.legacy_district === filters.legacy_district)
    .sort((a, b) => compareVi(a.name, b.name) || (a.handle < b.handle ? -1 : 1))
  const producers: StoreProducerSummary[] = matching
    .slice(filters.offset, filters.offset + filters.limit)
    .map((row) => ({
      handle: row.handle,
      name: row.name,
      kind: row.kind,
      province_code: row.province_code,
      ward_code: row.ward_code,
      address_schema: row.address_schema,
      legacy_district: row.legacy_district,
      photos: photoList(row.photos),
      product_count: row.product_count,
    }))
  return { producers, count: matching.length, limit: filters.limit, offset: filters.offset }
}

/**
 * A producer's public profile, only when the key's channels sell at least one of their OCOP
 * products (a store does not expose producers it does not sell). The tax id and phone stay out of
 * the store API: for a household the tax id is the owner's personal id number.
 */
export async function retrieveStoreProducer(
  ctx: StoreContext,
  handle: string
): Promise<StoreProducerDetail | null> {
  const ocop = ctx.container.resolve<OcopModuleService>(OCOP_MODULE)
  const [producer] = await ocop.listOcopProducers({ handle }, { take: 1 })
  if (!producer) return null
  const [profiles, catalog] = await Promise.all([
    ocop.listOcopProductProfiles({ producer_id: producer.id }, { select: ["product_id"] }),
    getChannelCatalog(ctx),
  ])
  const sold = new Set(catalog.entries.map((entry) => entry.product_id))
  if (!profiles.some((profile) => sold.has(profile.product_id))) return null
  return {
    handle: producer.handle,
    name: producer.name,
    kind: producer.kind,
    province_code: producer.province_code,
    ward_code: producer.ward_code,
    address_schema: producer.address_schema,
    address_line: producer.address_line,
    legacy_district: producer.legacy_district,
    story: localizedText({ vi: producer.story_vi, en: producer.story_en }, ctx.locale),
    story_vi: producer.story_vi,
    story_en: producer.story_en,
    photos: photoList(producer.photos),
    latitude: producer.latitude,
    longitude: producer.longitude,
  }
}
