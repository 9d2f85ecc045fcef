import type { StoreOcopApi } from "@ocop/sdk"
import { CatalogCache, readCatalogCacheSettings } from "../app/lib/server/catalog-cache.server"

/**
 * A catalog source whose answers are numbered, so a test sees which call an answer came from;
 * `release()` lets a held call finish.
 */
function countingStore() {
  const calls: string[] = []
  let held: (() => void)[] = []
  let hold = false
  let fail = false
  const answer =
    (name: string) =>
    async (...args: unknown[]) => {
      calls.push(`${name} ${JSON.stringify(args)}`)
      const n = calls.length
      if (hold) await new Promise<void>((resolve) => held.push(resolve))
      if (fail) throw new Error("backend down")
      return { n }
    }
  const store = {
    listProducts: answer("listProducts"),
    retrieveProduct: answer("retrieveProduct"),
    listProducers: answer("listProducers"),
    retrieveProducer: answer("retrieveProducer"),
    suggest: answer("suggest"),
  } as unknown as StoreOcopApi
  return {
    store,
    calls,
    holdCalls: (on: boolean) => {
      hold = on
    },
    failCalls: (on: boolean) => {
      fail = on
    },
    release: () => {
      for (const resolve of held) resolve()
      held = []
    },
  }
}

const settle = () => new Promise((resolve) => setImmediate(resolve))

describe("catalog cache", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date", "performance"] })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it("answers the same read from one call while fresh, per language and arguments", async () => {
    const source = countingStore()
    const cache = new CatalogCache({ freshMs: 5000, staleMs: 60_000 })
    const vi_ = cache.reads(source.store, "vi")
    expect(await vi_.listProducts({ limit: 12 })).toEqual({ n: 1 })
    vi.advanceTimersByTime(4000)
    expect(await vi_.listProducts({ limit: 12 })).toEqual({ n: 1 })
    expect(await vi_.listProducts({ limit: 24 })).toEqual({ n: 2 })
    expect(await cache.reads(source.store, "en").listProducts({ limit: 12 })).toEqual({ n: 3 })
    expect(await vi_.retrieveProduct("quyt")).toEqual({ n: 4 })
    expect(source.calls).toHaveLength(4)
  })

  it("lets visitors asking at the same moment share one call", async () => {
    const source = countingStore()
    const cache = new CatalogCache({ freshMs: 5000, staleMs: 60_000 })
    source.holdCalls(true)
    const reads = Array.from({ length: 10 }, () =>
      cache.reads(source.store, "vi").retrieveProduct("quyt")
    )
    await settle()
    source.release()
    expect(await Promise.all(reads)).toEqual(Array(10).fill({ n: 1 }))
    expect(source.calls).toEqual(['retrieveProduct ["quyt"]'])
  })

  it("shows an answer past its fresh time once more while the next one is fetched", async () => {
    const source = countingStore()
    const cache = new CatalogCache({ freshMs: 5000, staleMs: 60_000 })
    const reads = cache.reads(source.store, "vi")
    await reads.listProducers()
    vi.advanceTimersByTime(6000)
    source.holdCalls(true)
    // no waiting on the backend: the older answer, and one refresh however many ask
    expect(await reads.listProducers()).toEqual({ n: 1 })
    expect(await reads.listProducers()).toEqual({ n: 1 })
    expect(source.calls).toHaveLength(2)
    source.release()
    await settle()
    expect(await reads.listProducers()).toEqual({ n: 2 })
  })

  it("waits for a new answer once the old one is past the stale limit", async () => {
    const source = countingStore()
    const cache = new CatalogCache({ freshMs: 5000, staleMs: 60_000 })
    const reads = cache.reads(source.store, "vi")
    await reads.suggest({ q: "quyt" })
    vi.advanceTimersByTime(61_000)
    expect(await reads.suggest({ q: "quyt" })).toEqual({ n: 2 })
  })

  it("keeps no failed call: the next visitor asks again", async () => {
    const source = countingStore()
    const cache = new CatalogCache({ freshMs: 5000, staleMs: 60_000 })
    const reads = cache.reads(source.store, "vi")
    source.failCalls(true)
    await expect(reads.retrieveProducer("htx")).rejects.toThrow("backend down")
    source.failCalls(false)
    expect(await reads.retrieveProducer("htx")).toEqual({ n: 2 })
  })

  it("reads its times from the environment; 0 turns it off, a bad value names the variable", () => {
    expect(readCatalogCacheSettings({})).toEqual({ freshMs: 5000, staleMs: 60_000 })
    expect(
      readCatalogCacheSettings({
        STOREFRONT_CATALOG_CACHE_MS: "2000",
        STOREFRONT_CATALOG_STALE_MS: "1000",
      })
    ).toEqual({ freshMs: 2000, staleMs: 2000 })
    expect(readCatalogCacheSettings({ STOREFRONT_CATALOG_CACHE_MS: "0" })).toBeNull()
    expect(() => readCatalogCacheSettings({ STOREFRONT_CATALOG_CACHE_MS: "5s" })).toThrow(
      /STOREFRONT_CATALOG_CACHE_MS must be a whole number of milliseconds \(got "5s"\)/
    )
  })
})
