import { localizedText } from "@ocop/core"
import type { StoreProducerDetail, StoreProducerSummary, StoreProducersResponse } from "@ocop/sdk"
import { OCOP_MODULE } from "../../../../modules/ocop"
import type OcopModuleService from "../../../../modules/ocop/service"
import type { StoreContext } from "./store-context"

function photoList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item) => typeof item === "string") : []
}

/** Producers with products in the key's channels, in Vietnamese name order (cached per channel). */
export async function listStoreProducers(
  ctx: StoreContext,
  filters: { legacy_district?: string; limit: number; offset: number }
): Promise<StoreProducersResponse> {
  const ocop = ctx.container.resolve<OcopModuleService>(OCOP_MODULE)
  const matching = await ocop.listStoreProducers({
    sales_channel_ids: ctx.salesChannelIds,
    legacy_district: filters.legacy_district,
  })
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
  const sold = await ocop.sellsProducer({
    sales_channel_ids: ctx.salesChannelIds,
    producer_id: producer.id,
  })
  if (!sold) return null
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
