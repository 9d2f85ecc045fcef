import { compareVi } from "@ocop/core"
import { OCOP_MODULE } from "../../../../modules/ocop"
import type OcopModuleService from "../../../../modules/ocop/service"
import { getChannelCatalog, type StoreContext } from "./store-context"

export interface StoreProducerSummary {
  handle: string
  name: string
  kind: string
  province_code: string
  ward_code: string | null
  address_schema: string
  legacy_district: string | null
  photos: string[]
  /** OCOP products of this producer that the key's channels sell. */
  product_count: number
}

function photoList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item) => typeof item === "string") : []
}

/** Producers with products in the key's channels, in Vietnamese name order. */
export async function listStoreProducers(
  ctx: StoreContext,
  filters: { legacy_district?: string; limit: number; offset: number }
) {
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
 * A producer's public profile. The tax id and phone stay out of the store API: for a household
 * the tax id is the owner's personal id number.
 */
export async function retrieveStoreProducer(ctx: StoreContext, handle: string) {
  const ocop = ctx.container.resolve<OcopModuleService>(OCOP_MODULE)
  const [producer] = await ocop.listOcopProducers({ handle }, { take: 1 })
  if (!producer) return null
  return {
    handle: producer.handle,
    name: producer.name,
    kind: producer.kind,
    province_code: producer.province_code,
    ward_code: producer.ward_code,
    address_schema: producer.address_schema,
    address_line: producer.address_line,
    legacy_district: producer.legacy_district,
    story_vi: producer.story_vi,
    story_en: producer.story_en,
    photos: photoList(producer.photos),
    latitude: producer.latitude,
    longitude: producer.longitude,
  }
}
