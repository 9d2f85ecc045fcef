import { createHash } from "node:crypto"
import { searchWords, searchWordVariants, vietnamDayBounds } from "@ocop/core"
import type { StoreProducerSummary } from "@ocop/sdk"
import { type StoreCache, StoreCacheGeneration } from "./cache"
import {
  cardByHandleStatement,
  facetStatement,
  pageStatement,
  producersStatement,
  type SearchCandidate,
  type SearchPlan,
  type Statement,
  searchCandidatesStatement,
  sellsProducerStatement,
  suggestionStatement,
} from "./sql"
import type {
  BadgeDay,
  StoreCardPageRow,
  StoreCatalogFacetCounts,
  StoreCatalogFilters,
  StoreCatalogQuery,
  StoreCatalogSort,
} from "./types"
import type { Execute } from "./write"

/** Words of a query that take part in search; the rest of a very long query is ignored. */
export const MAX_SEARCH_TERMS = 8

export interface StoreCatalogListing {
  rows: StoreCardPageRow[]
  count: number
  facets: StoreCatalogFacetCounts
  /** How the query matched: every word as typed (a prefix), or with one typo per word. */
  search: SearchPlan["mode"] | null
}

interface ListingSummary {
  plan: SearchPlan | null
  count: number
  facets: StoreCatalogFacetCounts
}

function run<T>(execute: Execute, statement: Statement): Promise<T[]> {
  const { sql, bindings } = statement.build()
  return execute<T>(sql, bindings)
}

function cacheKey(kind: string, parts: unknown): string {
  return `ocop:store:${kind}:${createHash("sha1").update(JSON.stringify(parts)).digest("base64url")}`
}

async function channelGenerations(cache: StoreCache, channels: readonly string[]) {
  return Promise.all(
    channels.map((channel) => cache.generation(StoreCacheGeneration.channel(channel)))
  )
}

/** Every query word as typed: the dictionary words it starts. */
async function prefixPlan(execute: Execute, terms: string[]): Promise<SearchPlan> {
  const lookups = terms.map((term, index) => ({ index, term }))
  const candidates = await run<SearchCandidate>(
    execute,
    searchCandidatesStatement(lookups, "prefix")
  )
  return { mode: "prefix", terms, candidates }
}

/**
 * The prefix plan with a slip allowed in each word that starts no dictionary word: one edit, two
 * neighbouring letters swapped, or Telex keys left in. A word that starts a dictionary word keeps
 * its prefix matches only (it is spelt right), so null when every word does.
 */
async function typoPlan(execute: Execute, prefix: SearchPlan): Promise<SearchPlan | null> {
  const lookups = prefix.terms
    .map((term, index) => ({ index, term, variants: searchWordVariants(term) }))
    .filter(({ index }) => !prefix.candidates.some((candidate) => candidate.term === index))
  if (!lookups.length) return null
  const slips = await run<SearchCandidate>(execute, searchCandidatesStatement(lookups, "typo"))
  return { mode: "typo", terms: prefix.terms, candidates: [...prefix.candidates, ...slips] }
}

/** A plan some product could match: every word has at least one dictionary word. */
function matchable(plan: SearchPlan): boolean {
  return plan.terms.every((_, index) => plan.candidates.some((c) => c.term === index))
}

const NO_FACETS: StoreCatalogFacetCounts = {
  stars: [],
  groups: [],
  legacy_districts: [],
  wards: [],
  producers: [],
}

async function facetCounts(
  execute: Execute,
  channels: readonly string[],
  filters: StoreCatalogFilters,
  plan: SearchPlan | null,
  day: BadgeDay
): Promise<{ count: number; facets: StoreCatalogFacetCounts }> {
  if (plan && !matchable(plan)) return { count: 0, facets: NO_FACETS }
  const [raw] = await run<{ count: number } & StoreCatalogFacetCounts>(
    execute,
    facetStatement({ channels, filters, plan, day })
  )
  if (!raw) return { count: 0, facets: NO_FACETS }
  const { count, ...facets } = raw
  return { count, facets }
}

/**
 * Count, facets and the search plan of a listing. Words are first matched as typed (each starts
 * a word of the product); only when nothing matches that way is one slip allowed in each word
 * that starts no word of the dictionary (see typoPlan).
 */
async function summarize(
  execute: Execute,
  channels: readonly string[],
  filters: StoreCatalogFilters,
  terms: string[],
  day: BadgeDay
): Promise<ListingSummary> {
  if (!terms.length) {
    return { plan: null, ...(await facetCounts(execute, channels, filters, null, day)) }
  }
  const prefix = await prefixPlan(execute, terms)
  const exact = await facetCounts(execute, channels, filters, prefix, day)
  if (exact.count > 0) return { plan: prefix, ...exact }
  const typo = await typoPlan(execute, prefix)
  if (!typo) return { plan: prefix, ...exact }
  const tolerant = await facetCounts(execute, channels, filters, typo, day)
  return { plan: tolerant.count > 0 ? typo : prefix, ...tolerant }
}

/**
 * One listing page. The count, facets and search plan are cached per channel generation (a write
 * that changes what they read moves it on); the page itself is one statement over the cards.
 */
export async function listStoreCatalog(
  execute: Execute,
  cache: StoreCache,
  query: StoreCatalogQuery
): Promise<StoreCatalogListing> {
  const day = vietnamDayBounds(query.at ?? new Date())
  const channels = query.sales_channel_ids
  const terms = query.q ? searchWords(query.q).slice(0, MAX_SEARCH_TERMS) : []
  const requested = query.sort ?? (terms.length ? "relevance" : "newest")
  // Relevance means nothing without search words; the default order stands in.
  const sort: StoreCatalogSort = requested === "relevance" && !terms.length ? "newest" : requested
  const filters: StoreCatalogFilters = {
    stars: query.stars?.length ? [...query.stars].sort() : undefined,
    min_stars: query.min_stars,
    group: query.group,
    ward: query.ward,
    legacy_district: query.legacy_district,
    producer: query.producer,
  }
  const generations = await channelGenerations(cache, channels)
  const summary = await cache.remember(
    cacheKey("listing", [channels, generations, filters, terms, day.start.toISOString()]),
    () => summarize(execute, channels, filters, terms, day)
  )
  if (summary.count === 0 || query.offset >= summary.count) {
    return {
      rows: [],
      count: summary.count,
      facets: summary.facets,
      search: summary.plan?.mode ?? null,
    }
  }
  const rows = await run<StoreCardPageRow>(
    execute,
    pageStatement({
      channels,
      region_id: query.region_id,
      filters,
      plan: summary.plan,
      sort,
      day,
      limit: query.limit,
      offset: query.offset,
    })
  )
  return { rows, count: summary.count, facets: summary.facets, search: summary.plan?.mode ?? null }
}

export interface StoreTitleSuggestion {
  product_id: string
  handle: string
  title: string
  thumbnail: string | null
  stars: number | null
  refreshed_at: Date
}

/** Titles for the search box: those that start with the typed words, then those with a word that does. */
export async function suggestStoreTitles(
  execute: Execute,
  input: { sales_channel_ids: string[]; q: string; limit: number; at?: Date }
): Promise<StoreTitleSuggestion[]> {
  const phrase = searchWords(input.q).join(" ")
  if (!phrase) return []
  return run<StoreTitleSuggestion>(
    execute,
    suggestionStatement({
      channels: input.sales_channel_ids,
      phrase,
      day: vietnamDayBounds(input.at ?? new Date()),
      limit: input.limit,
    })
  )
}

/** A channel's card of one product, by handle, with the certificate in force on the day. */
export async function retrieveStoreCard(
  execute: Execute,
  input: { sales_channel_ids: string[]; handle: string; at?: Date }
): Promise<StoreCardPageRow | null> {
  const [row] = await run<StoreCardPageRow>(
    execute,
    cardByHandleStatement({
      channels: input.sales_channel_ids,
      handle: input.handle,
      day: vietnamDayBounds(input.at ?? new Date()),
    })
  )
  return row ?? null
}

/** A producer's summary as the SQL returns it (photos as stored JSON). */
export type StoreProducerSummaryRow = Omit<StoreProducerSummary, "photos"> & { photos: unknown }

/** Producers the channels sell, with how many of their products; cached per channel generation. */
export async function listStoreProducers(
  execute: Execute,
  cache: StoreCache,
  input: { sales_channel_ids: string[]; legacy_district?: string }
): Promise<StoreProducerSummaryRow[]> {
  const channels = input.sales_channel_ids
  const generations = await channelGenerations(cache, channels)
  return cache.remember(
    cacheKey("producers", [channels, generations, input.legacy_district ?? null]),
    () =>
      run<StoreProducerSummaryRow>(
        execute,
        producersStatement({ channels, legacy_district: input.legacy_district })
      )
  )
}

export async function sellsProducer(
  execute: Execute,
  input: { sales_channel_ids: string[]; producer_id: string }
): Promise<boolean> {
  const [row] = await run<{ sells: boolean }>(
    execute,
    sellsProducerStatement({ channels: input.sales_channel_ids, producer_id: input.producer_id })
  )
  return Boolean(row?.sells)
}
