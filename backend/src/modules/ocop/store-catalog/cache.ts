import { randomUUID } from "node:crypto"
import type { ICachingModuleService } from "@medusajs/framework/types"

/** How long a cached store answer may live when nothing invalidates it first, in seconds. */
export const STORE_CACHE_TTL_S = 3600

/**
 * Generations of what store answers are computed from. A cached answer's key carries the
 * generation it was computed under; a write moves the generation on, so the next request misses
 * and recomputes. Unlike clearing by tag, an answer computed from data read just before a write
 * and stored just after it can never be served again.
 */
export const StoreCacheGeneration = {
  /** Membership, facets, counts and search words of a sales channel's catalog. */
  channel: (salesChannelId: string) => `ocop:store:generation:channel:${salesChannelId}`,
  /** Regions and the store's default region. */
  context: "ocop:store:generation:context",
} as const

/** Entries are tagged by kind ("ocop:store:<kind>"), so one kind can be dropped at once. */
const tagOf = (key: string) => key.split(":", 3).join(":")

/**
 * The store's use of Medusa's Caching Module (Redis provider with REDIS_URL, in-memory
 * otherwise, see src/config/redis-modules.ts). Without the module every call loads.
 * Concurrent misses of one key in this process share one load.
 */
export class StoreCache {
  private readonly loading = new Map<string, Promise<unknown>>()

  constructor(private readonly caching: () => ICachingModuleService | undefined) {}

  /** The current token of a generation (a new one when none is stored). */
  async generation(name: string): Promise<string> {
    const caching = this.caching()
    if (!caching) return "none"
    const stored = (await caching.get({ key: name })) as { token?: unknown } | null
    if (typeof stored?.token === "string") return stored.token
    const token = randomUUID()
    await caching.set({ key: name, data: { token }, tags: [name] })
    return token
  }

  /** Moves generations on: every answer cached under the old tokens is stale from now. */
  async advance(names: string[]): Promise<void> {
    const caching = this.caching()
    if (!caching || names.length === 0) return
    await Promise.all(
      names.map((name) => caching.set({ key: name, data: { token: randomUUID() }, tags: [name] }))
    )
  }

  /**
   * Values of several keys at once: the cached ones, and the rest from one `loadMissing` call
   * (given the ids whose keys missed), which are then stored.
   */
  async rememberMany<T>(
    entries: Array<{ id: string; key: string }>,
    loadMissing: (ids: string[]) => Promise<Map<string, T>>,
    ttl = STORE_CACHE_TTL_S
  ): Promise<Map<string, T>> {
    const caching = this.caching()
    const found = new Map<string, T>()
    const hits = caching
      ? await Promise.all(entries.map((entry) => caching.get({ key: entry.key })))
      : entries.map(() => null)
    const missing = entries.filter((entry, index) => {
      const hit = hits[index] as { value: T } | null
      if (hit == null) return true
      found.set(entry.id, hit.value)
      return false
    })
    if (missing.length === 0) return found
    const loaded = await loadMissing(missing.map((entry) => entry.id))
    await Promise.all(
      missing.map(async (entry) => {
        if (!loaded.has(entry.id)) return
        const value = loaded.get(entry.id) as T
        found.set(entry.id, value)
        await caching?.set({
          key: entry.key,
          data: { value } as object,
          ttl,
          tags: [tagOf(entry.key)],
        })
      })
    )
    return found
  }

  /** The cached value of `key`, else `load()`'s, stored for `ttl` seconds. */
  async remember<T>(key: string, load: () => Promise<T>, ttl = STORE_CACHE_TTL_S): Promise<T> {
    const caching = this.caching()
    if (!caching) return load()
    const hit = await caching.get({ key })
    if (hit != null) return (hit as { value: T }).value
    const pending = this.loading.get(key)
    if (pending) return pending as Promise<T>
    const loaded = (async () => {
      const value = await load()
      // Wrapped: the module treats a stored null as a miss and needs an object.
      await caching.set({ key, data: { value } as object, ttl, tags: [tagOf(key)] })
      return value
    })()
    this.loading.set(key, loaded)
    try {
      return await loaded
    } finally {
      this.loading.delete(key)
    }
  }
}
