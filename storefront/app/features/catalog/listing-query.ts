import type { StoreOcopProductsQuery, StoreOcopSort } from "@ocop/sdk"

export const PAGE_SIZE = 12

const SORTS: readonly StoreOcopSort[] = [
  "relevance",
  "stars",
  "price_asc",
  "price_desc",
  "newest",
  "name",
]

export interface ListingState {
  q: string | null
  stars: number[]
  group: string | null
  district: string | null
  ward: string | null
  producer: string | null
  sort: StoreOcopSort | null
  page: number
}

function text(params: URLSearchParams, name: string): string | null {
  const value = params.get(name)?.trim()
  return value ? value.normalize("NFC") : null
}

/** The listing's filters as they appear in the URL (shareable, crawlable, back-button safe). */
export function readListingState(params: URLSearchParams): ListingState {
  const stars = params
    .getAll("stars")
    .flatMap((value) => value.split(","))
    .map(Number)
    .filter((value) => Number.isInteger(value) && value >= 3 && value <= 5)
  const sort = params.get("sort")
  const page = Number(params.get("page"))
  return {
    q: text(params, "q"),
    stars: [...new Set(stars)].sort(),
    group: text(params, "group"),
    district: text(params, "district"),
    ward: text(params, "ward"),
    producer: text(params, "producer"),
    sort: SORTS.includes(sort as StoreOcopSort) ? (sort as StoreOcopSort) : null,
    page: Number.isSafeInteger(page) && page > 1 ? page : 1,
  }
}

export function toApiQuery(state: ListingState): StoreOcopProductsQuery {
  return {
    ...(state.q ? { q: state.q } : {}),
    ...(state.stars.length ? { stars: state.stars } : {}),
    ...(state.group ? { group: state.group } : {}),
    ...(state.district ? { legacy_district: state.district } : {}),
    ...(state.ward ? { ward: state.ward } : {}),
    ...(state.producer ? { producer: state.producer } : {}),
    ...(state.sort ? { sort: state.sort } : {}),
    limit: PAGE_SIZE,
    offset: (state.page - 1) * PAGE_SIZE,
  }
}

/** The URL search of a listing state (page 1 and empty filters left out). */
export function listingSearch(state: ListingState): string {
  const params = new URLSearchParams()
  if (state.q) params.set("q", state.q)
  if (state.stars.length) params.set("stars", state.stars.join(","))
  if (state.group) params.set("group", state.group)
  if (state.district) params.set("district", state.district)
  if (state.ward) params.set("ward", state.ward)
  if (state.producer) params.set("producer", state.producer)
  if (state.sort) params.set("sort", state.sort)
  if (state.page > 1) params.set("page", String(state.page))
  const search = params.toString()
  return search ? `?${search}` : ""
}

/** The same listing with one filter toggled, back on page 1. */
export function toggled(state: ListingState, change: Partial<ListingState>): ListingState {
  return { ...state, ...change, page: 1 }
}

export function toggleStar(state: ListingState, star: number): ListingState {
  const stars = state.stars.includes(star)
    ? state.stars.filter((value) => value !== star)
    : [...state.stars, star].sort()
  return toggled(state, { stars })
}
