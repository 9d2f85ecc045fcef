import fc from "fast-check"
import { assertVnd, formatVnd, parseVnd } from "./money"

describe("formatVnd", () => {
  it("formats like vi-VN with a no-break space before ₫", () => {
    expect(formatVnd(120000)).toBe("120.000\u00a0₫")
    expect(formatVnd(0)).toBe("0\u00a0₫")
    expect(formatVnd(-0)).toBe("0\u00a0₫")
    expect(formatVnd(1234567)).toBe("1.234.567\u00a0₫")
    expect(formatVnd(-5000)).toBe("-5.000\u00a0₫")
  })

  it("writes what vi-VN's Intl currency format writes, for every safe whole amount", () => {
    const intl = new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" })
    fc.assert(
      fc.property(fc.maxSafeInteger(), (amount) => {
        expect(formatVnd(amount)).toBe(intl.format(amount === 0 ? 0 : amount))
      })
    )
  })

  it.each([1.5, Number.NaN, 2 ** 53])("refuses %s", (amount) => {
    expect(() => formatVnd(amount)).toThrow(RangeError)
  })
})

describe("parseVnd", () => {
  it.each([
    ["120.000 ₫", 120000],
    ["120.000\u00a0₫", 120000],
    ["120000", 120000],
    ["120.000", 120000],
    ["120,000", 120000],
    ["120.000đ", 120000],
    ["120000 VND", 120000],
    ["120.000 VNĐ", 120000],
    ["₫120.000", 120000],
    ["50.000 đồng", 50000],
    ["  1.234.567 ", 1234567],
    ["0", 0],
    ["-0", 0],
    ["999", 999],
  ])("reads %j as %i", (text, amount) => {
    expect(parseVnd(text)).toEqual({ ok: true, value: amount })
  })

  it("reads decomposed (NFD) đồng", () => {
    expect(parseVnd("50.000 đồng".normalize("NFD"))).toEqual({ ok: true, value: 50000 })
  })

  it.each([
    "1.5",
    "120.000,50",
    "120000.5",
    "1,234.567",
    "12.34",
    "1.2345",
    "abc",
    "",
    "₫",
    "1 000",
    "1e5",
    "+5",
  ])("refuses %j", (text) => {
    const result = parseVnd(text)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toContain(`"${text}"`)
  })

  it("refuses negatives unless allowed", () => {
    expect(parseVnd("-5.000 ₫").ok).toBe(false)
    expect(parseVnd("-5.000 ₫", { allowNegative: true })).toEqual({ ok: true, value: -5000 })
    expect(parseVnd("−5000", { allowNegative: true })).toEqual({ ok: true, value: -5000 })
  })

  it("refuses amounts beyond the safe integer range", () => {
    const result = parseVnd("9007199254740993")
    expect(result).toEqual({ ok: false, error: expect.stringContaining("too large") })
  })

  it("round-trips formatVnd", () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), (amount) => {
        expect(parseVnd(formatVnd(amount))).toEqual({ ok: true, value: amount })
      })
    )
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 53) + 1, max: -1 }), (amount) => {
        expect(parseVnd(formatVnd(amount), { allowNegative: true })).toEqual({
          ok: true,
          value: amount,
        })
      })
    )
  })
})

describe("assertVnd", () => {
  it("accepts safe non-negative integers", () => {
    expect(() => assertVnd(0)).not.toThrow()
    expect(() => assertVnd(Number.MAX_SAFE_INTEGER)).not.toThrow()
  })

  it.each([-1, 0.5, 2 ** 53, Number.NaN, "100", null])("refuses %j", (value) => {
    expect(() => assertVnd(value)).toThrow(RangeError)
  })

  it("names the checked value", () => {
    expect(() => assertVnd(-1, "Unit price")).toThrow(/^Unit price must be/)
  })
})
