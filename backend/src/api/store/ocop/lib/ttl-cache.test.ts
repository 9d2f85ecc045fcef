import { storeCacheTtlMs, TtlCache } from "./ttl-cache"

describe("TtlCache", () => {
  let clock = 0
  const now = () => clock
  beforeEach(() => {
    clock = 1_000
  })

  it("serves a loaded value until the TTL passes, then loads again", async () => {
    const cache = new TtlCache<number>(() => 100, 10, now)
    let loads = 0
    const load = async () => ++loads
    expect(await cache.get("k", load)).toBe(1)
    clock += 99
    expect(await cache.get("k", load)).toBe(1)
    clock += 1
    expect(await cache.get("k", load)).toBe(2)
  })

  it("shares one load between concurrent misses", async () => {
    const cache = new TtlCache<string>(() => 100, 10, now)
    let loads = 0
    let release: (value: string) => void = () => {}
    const load = () => {
      loads++
      return new Promise<string>((resolve) => {
        release = resolve
      })
    }
    const first = cache.get("k", load)
    const second = cache.get("k", load)
    release("v")
    expect(await Promise.all([first, second])).toEqual(["v", "v"])
    expect(loads).toBe(1)
  })

  it("does not keep a failed load", async () => {
    const cache = new TtlCache<string>(() => 100, 10, now)
    await expect(cache.get("k", () => Promise.reject(new Error("db down")))).rejects.toThrow()
    expect(await cache.get("k", async () => "ok")).toBe("ok")
  })

  it("bypasses itself when the TTL is 0", async () => {
    const cache = new TtlCache<number>(() => 0, 10, now)
    let loads = 0
    await cache.get("k", async () => ++loads)
    await cache.get("k", async () => ++loads)
    expect(loads).toBe(2)
    expect(cache.size).toBe(0)
  })

  it("drops the oldest entries beyond its cap", async () => {
    const cache = new TtlCache<string>(() => 100, 2, now)
    for (const key of ["a", "b", "c"]) await cache.get(key, async () => key)
    expect(cache.size).toBe(2)
    let reloaded = false
    await cache.get("a", async () => {
      reloaded = true
      return "a"
    })
    expect(reloaded).toBe(true)
  })

  it("reads OCOP_STORE_CACHE_TTL_MS with a 5 s default", () => {
    expect(storeCacheTtlMs({})).toBe(5000)
    expect(storeCacheTtlMs({ OCOP_STORE_CACHE_TTL_MS: "0" })).toBe(0)
    expect(storeCacheTtlMs({ OCOP_STORE_CACHE_TTL_MS: "250" })).toBe(250)
    expect(storeCacheTtlMs({ OCOP_STORE_CACHE_TTL_MS: "soon" })).toBe(5000)
  })
})
