import { ABUSE_LIMIT_DEFAULTS, readAbuseLimits, readTrustProxy } from "./limits"

describe("readAbuseLimits", () => {
  it("defaults to limits no real shopper or clerk meets", () => {
    const limits = readAbuseLimits({})
    expect(limits.enabled).toBe(true)
    expect(limits.trustProxy).toBeNull()
    expect(limits.signIn).toEqual({
      account: { points: 5, seconds: 60 },
      address: { points: 30, seconds: 900 },
      maxLockSeconds: 3600,
    })
    expect(limits.cartCreate).toEqual({ points: 60, seconds: 60 })
    expect(limits.unpaidOrders).toEqual({ points: 10, seconds: 3600 })
    expect(limits.vietqrHook).toEqual({ points: 600, seconds: 60 })
  })

  it("reads each limit as count/seconds and can switch them all off", () => {
    const limits = readAbuseLimits({ RATE_LIMIT_CART_CREATE: " 200 / 30 ", RATE_LIMIT: "off" })
    expect(limits.cartCreate).toEqual({ points: 200, seconds: 30 })
    expect(limits.enabled).toBe(false)
    expect(readAbuseLimits({ RATE_LIMIT: "on" }).enabled).toBe(true)
  })

  it.each([
    ["RATE_LIMIT_CART_CREATE", "60"],
    ["RATE_LIMIT_CART_CREATE", "0/60"],
    ["RATE_LIMIT_VIETQR_HOOK", "ten/60"],
    ["SIGN_IN_LOCK_MAX_SECONDS", "1.5"],
  ] as const)("refuses %s=%s naming the variable", (name, value) => {
    expect(() => readAbuseLimits({ [name]: value })).toThrow(name)
  })

  it("documents a default for every variable it reads", () => {
    expect(Object.keys(ABUSE_LIMIT_DEFAULTS)).toHaveLength(9)
  })
})

describe("readTrustProxy", () => {
  it("trusts nobody unless told", () => {
    expect(readTrustProxy(undefined)).toBeNull()
    expect(readTrustProxy("false")).toBeNull()
    expect(readTrustProxy("0")).toBeNull()
  })

  it("trusts a number of hops, every hop, or named proxies", () => {
    const oneHop = readTrustProxy("1")
    expect(oneHop?.("10.0.0.2", 0)).toBe(true)
    expect(oneHop?.("10.0.0.3", 1)).toBe(false)
    expect(readTrustProxy("true")?.("203.0.113.9", 5)).toBe(true)
    const named = readTrustProxy("loopback, 10.0.0.0/8")
    expect(named?.("127.0.0.1", 0)).toBe(true)
    expect(named?.("10.1.2.3", 1)).toBe(true)
    expect(named?.("203.0.113.9", 0)).toBe(false)
  })

  it("refuses what is not an address, a subnet or a number", () => {
    expect(() => readTrustProxy("the load balancer")).toThrow(/TRUST_PROXY/)
  })
})
