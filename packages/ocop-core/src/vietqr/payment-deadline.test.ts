import fc from "fast-check"
import {
  DEFAULT_VIETQR_PAYMENT_TTL_HOURS,
  parsePaymentTtlHours,
  vietQrPaymentCutoff,
  vietQrPaymentDeadline,
} from "./payment-deadline"

describe("VietQR payment deadline", () => {
  it("defaults to 24 hours and reads whole or fractional hours", () => {
    expect(DEFAULT_VIETQR_PAYMENT_TTL_HOURS).toBe(24)
    expect(parsePaymentTtlHours(undefined)).toEqual({ ok: true, value: 24 })
    expect(parsePaymentTtlHours(" ")).toEqual({ ok: true, value: 24 })
    expect(parsePaymentTtlHours("48")).toEqual({ ok: true, value: 48 })
    expect(parsePaymentTtlHours("0.5")).toEqual({ ok: true, value: 0.5 })
  })

  it.each(["0", "-1", "abc", "1e3", "169", "24h"])("refuses %s", (value) => {
    const parsed = parsePaymentTtlHours(value)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.error).toContain(value)
  })

  it("puts the deadline ttl hours after placement, in any time zone", () => {
    const placed = new Date("2026-01-01T23:30:00+07:00")
    expect(vietQrPaymentDeadline(placed, 24).toISOString()).toBe("2026-01-02T16:30:00.000Z")
    expect(() => vietQrPaymentDeadline(placed, 0)).toThrow(RangeError)
    expect(() => vietQrPaymentCutoff(placed, -1)).toThrow(RangeError)
  })

  it("an order has expired exactly when it was placed before the cutoff", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4_000_000_000_000 }),
        fc.integer({ min: -10 * 86_400_000, max: 10 * 86_400_000 }),
        fc.double({ min: 0.01, max: 168, noNaN: true }),
        (placedMs, elapsedMs, ttl) => {
          const placed = new Date(placedMs)
          const now = new Date(placedMs + elapsedMs)
          const expired = placed.getTime() < vietQrPaymentCutoff(now, ttl).getTime()
          expect(expired).toBe(vietQrPaymentDeadline(placed, ttl).getTime() < now.getTime())
        }
      )
    )
  })
})
