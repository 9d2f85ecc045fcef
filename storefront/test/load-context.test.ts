import { CatalogCache } from "../app/lib/server/catalog-cache.server"
import { createLoadContext, trustProxySetting } from "../app/lib/server/load-context.server"

describe("the loaders' context", () => {
  it("reads TRUST_PROXY as Express's trust proxy setting, believing no proxy by default", () => {
    expect(trustProxySetting(undefined)).toBe(false)
    expect(trustProxySetting("")).toBe(false)
    expect(trustProxySetting("false")).toBe(false)
    expect(trustProxySetting("true")).toBe(true)
    expect(trustProxySetting("1")).toBe(1)
    expect(trustProxySetting("loopback, 10.0.0.0/8")).toEqual(["loopback", "10.0.0.0/8"])
  })

  it("gives every request the shopper's address, IPv4-mapped addresses as plain IPv4", () => {
    const context = createLoadContext({})
    expect(context({ ip: "::ffff:203.0.113.7" }).clientAddress).toBe("203.0.113.7")
    expect(context({ ip: "2001:db8::1" }).clientAddress).toBe("2001:db8::1")
    expect(context({}).clientAddress).toBeUndefined()
  })

  it("shares one catalog cache between the requests of a server, none when it is off", () => {
    const context = createLoadContext({})
    const first = context({ ip: "203.0.113.7" }).catalogCache
    expect(first).toBeInstanceOf(CatalogCache)
    expect(context({ ip: "203.0.113.8" }).catalogCache).toBe(first)
    expect(
      createLoadContext({ STOREFRONT_CATALOG_CACHE_MS: "0" })({ ip: "203.0.113.7" }).catalogCache
    ).toBeUndefined()
  })
})
