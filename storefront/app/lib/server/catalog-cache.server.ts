import type { StoreOcopApi } from "@ocop/sdk"
import { LRUCache } from "lru-cache"
import type { Locale } from "../../i18n"

/** The catalog reads pages make; the same names and answers as the SDK's store area. */
export type CatalogReads = Pick<
  StoreOcopApi,
  "listProducts" | "retrieveProduct" | "listProducers" | "retrieveProducer" | "suggest"
>

export interface CatalogCacheSettings {
  /** An answer younger than this is used as is. */
  freshMs: number
  /** Until this age an answer is still shown, once, while a new one is fetched behind it. */
  staleMs: number
}

export const CATALOG_CACHE_DEFAULTS: CatalogCacheSettings = { freshMs: 5000, staleMs: 60_000 }

function readMs(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim()
  if (!raw) return fallback
  const ms = Number(raw)
  if (!Number.isInteger(ms) || ms < 0) {
    throw new Error(
      `The storefront cannot start: ${name} must be a whole number of milliseconds (got "${raw}")`
    )
  }
  return ms
}

/**
 * STOREFRONT_CATALOG_CACHE_MS (fresh, default 5 s, 0 turns the cache off) and
 * STOREFRONT_CATALOG_STALE_MS (default 60 s, at least the fresh time). Null: no cache.
 */
export function readCatalogCacheSettings(
  env: NodeJS.ProcessEnv = process.env
): CatalogCacheSettings | null {
  const freshMs = readMs(env, "STOREFRONT_CATALOG_CACHE_MS", CATALOG_CACHE_DEFAULTS.freshMs)
  const staleMs = readMs(env, "STOREFRONT_CATALOG_STALE_MS", CATALOG_CACHE_DEFAULTS.staleMs)
  if (freshMs === 0) return null
  return { freshMs, staleMs: Math.max(freshMs, staleMs) }
}

interface Entry {
  answer: object
  fetchedAt: number
}

type Load = () => Promise<object>

/**
 * Public catalog answers (listing, product, producers, suggestions) shared by this server's guests:
 * fresh for as long as the backend's own listing snapshot (5 s), then shown once more while the
 * next is fetched behind them (stale-while-revalidate, up to a minute): a page never waits on the
 * backend while someone looked at it recently, and visitors asking for the same answer at the same
 * moment share one backend call. Only guests' reads come here; nothing in them belongs to a
 * visitor. The cart, checkout and orders are always live. One per server (server.mjs makes it).
 */
export class CatalogCache {
  readonly #settings: CatalogCacheSettings
  readonly #entries: LRUCache<string, Entry, Load>

  constructor(settings: CatalogCacheSettings, maxEntries = 1000) {
    this.#settings = settings
    this.#entries = new LRUCache<string, Entry, Load>({
      max: maxEntries,
      ttl: settings.staleMs,
      // a failed call is not kept: the next visitor asks the backend again
      fetchMethod: async (_key, _stale, { context }) => ({
        answer: await context(),
        fetchedAt: Date.now(),
      }),
    })
  }

  async #read(key: string, load: Load): Promise<object> {
    let entry = (await this.#entries.fetch(key, { context: load, allowStale: true })) as Entry
    const age = Date.now() - entry.fetchedAt
    if (age > this.#settings.staleMs) {
      // too old to show: wait for the answer being fetched
      entry = (await this.#entries.fetch(key, { context: load, forceRefresh: true })) as Entry
    } else if (age > this.#settings.freshMs) {
      // shown once more; the next visitor gets the answer fetched now (one call however many ask)
      this.#entries
        .fetch(key, { context: load, forceRefresh: true, allowStale: true })
        .catch(() => undefined)
    }
    return entry.answer
  }

  /** The store API's catalog reads for one language, answered from the cache when it may. */
  reads(store: StoreOcopApi, locale: Locale): CatalogReads {
    const cached =
      <Args extends unknown[], Answer extends object>(
        name: string,
        call: (...args: Args) => Promise<Answer>
      ) =>
      async (...args: Args): Promise<Answer> =>
        (await this.#read(`${name} ${locale} ${JSON.stringify(args)}`, () =>
          call(...args)
        )) as Answer
    return {
      listProducts: cached("listProducts", store.listProducts),
      retrieveProduct: cached("retrieveProduct", store.retrieveProduct),
      listProducers: cached("listProducers", store.listProducers),
      retrieveProducer: cached("retrieveProducer", store.retrieveProducer),
      suggest: cached("suggest", store.suggest),
    }
  }
}
