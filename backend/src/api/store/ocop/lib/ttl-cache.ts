/**
 * A small in-process cache with a time to live, for the store listing's lookups that change
 * rarely (which products a channel sells, regions, a channel's stock locations). It stores the
 * promise, so concurrent requests that miss together share one load instead of stampeding the
 * database; a failed load is dropped so the next request retries.
 *
 * It is per process on purpose: in a split deployment the event bus delivers to the worker, not to
 * every server, so event-driven invalidation would not reach the cache that serves requests. The
 * TTL is the bound on staleness instead.
 */
export class TtlCache<V> {
  private readonly entries = new Map<string, { value: Promise<V>; expiresAt: number }>()

  constructor(
    private readonly ttlMs: () => number,
    private readonly maxEntries = 1000,
    private readonly now: () => number = Date.now
  ) {}

  get(key: string, load: () => Promise<V>): Promise<V> {
    const ttl = this.ttlMs()
    if (ttl <= 0) return load()
    const now = this.now()
    const hit = this.entries.get(key)
    if (hit && hit.expiresAt > now) return hit.value
    if (hit) this.entries.delete(key)
    const value = load()
    this.entries.set(key, { value, expiresAt: now + ttl })
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key)
    })
    // Maps iterate in insertion order: drop the oldest entries beyond the cap.
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break
      this.entries.delete(oldest)
    }
    return value
  }

  clear(): void {
    this.entries.clear()
  }

  get size(): number {
    return this.entries.size
  }
}

const DEFAULT_TTL_MS = 5000

/**
 * OCOP_STORE_CACHE_TTL_MS (default 5 s; 0 turns caching off). Read on every call so a test or an
 * operator can change it without a restart of the cache objects.
 */
export function storeCacheTtlMs(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.OCOP_STORE_CACHE_TTL_MS
  if (raw === undefined || raw.trim() === "") return DEFAULT_TTL_MS
  const value = Number(raw)
  return Number.isFinite(value) && value >= 0 ? value : DEFAULT_TTL_MS
}
