import fc from "fast-check"
import {
  netOfVat,
  VAT_CATEGORIES,
  VAT_SCHEDULE,
  type VatCategory,
  vatIncluded,
  vatRateAt,
} from "./vat"

describe("vatRateAt", () => {
  it("gives each category's rate", () => {
    expect(vatRateAt("fresh_produce", "2025-08-01")).toBe(5)
    expect(vatRateAt("alcohol", "2026-06-01")).toBe(10)
    expect(vatRateAt("standard", "2030-01-01")).toBe(10)
  })

  it("applies the 8 % processed-food rate through 31/12/2026 in Vietnam", () => {
    expect(vatRateAt("processed_food", "2025-07-01")).toBe(8)
    expect(vatRateAt("processed_food", "2026-12-31T16:59:59Z")).toBe(8)
    expect(vatRateAt("processed_food", "2026-12-31T17:00:00Z")).toBe(10)
    expect(vatRateAt("processed_food", "2027-01-01")).toBe(10)
  })

  it("refuses days before any recorded rate", () => {
    expect(() => vatRateAt("processed_food", "2025-06-30")).toThrow(/No VAT rate/)
  })

  it("refuses unknown categories", () => {
    expect(() => vatRateAt("luxury" as VatCategory, "2025-08-01")).toThrow(/Unknown VAT category/)
  })

  it("has contiguous, non-overlapping periods", () => {
    for (const category of VAT_CATEGORIES) {
      const periods = VAT_SCHEDULE[category].periods
      periods.slice(1).forEach((period, index) => {
        const previous = periods[index]
        expect(previous?.to).toBeDefined()
        const nextDay = new Date(`${previous?.to}T00:00:00Z`)
        nextDay.setUTCDate(nextDay.getUTCDate() + 1)
        expect(period.from).toBe(nextDay.toISOString().slice(0, 10))
      })
      expect(periods.at(-1)?.to).toBeUndefined()
    }
  })
})

describe("vatIncluded / netOfVat", () => {
  it.each([
    [108000, 8, 8000],
    [110000, 10, 10000],
    [105000, 5, 5000],
    [120000, 8, 8889], // 8888.89
    [120000, 10, 10909], // 10909.09
    [21, 5, 1], // 1.0 exactly
    [11, 10, 1],
    [10, 5, 0], // 0.476
    [21, 10, 2], // 1.909
    [105, 10, 10], // 9.545
    [0, 10, 0],
    [1000, 0, 0],
  ])("%i ₫ at %i %% contains %i ₫ VAT", (gross, rate, vat) => {
    expect(vatIncluded(gross, rate)).toBe(vat)
    expect(netOfVat(gross, rate)).toBe(gross - vat)
  })

  it("rounds exact halves up", () => {
    // Halves cannot occur at 5, 8 or 10 % (odd denominators after reduction), so use 20 %:
    // gross × 20 / 120 = gross / 6.
    expect(vatIncluded(3, 20)).toBe(1) // 0.5
    expect(vatIncluded(9, 20)).toBe(2) // 1.5
    expect(vatIncluded(21, 100)).toBe(11) // 10.5
  })

  it("matches exact rational rounding and never exceeds the gross", () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), fc.constantFrom(0, 5, 8, 10), (gross, rate) => {
        const vat = vatIncluded(gross, rate)
        const exactTimesDenominator = BigInt(gross) * BigInt(rate)
        const denominator = BigInt(100 + rate)
        // |vat − gross·rate/(100+rate)| ≤ ½, with ties going up.
        const diff = BigInt(vat) * denominator - exactTimesDenominator
        expect(2n * diff <= denominator && -2n * diff < denominator).toBe(true)
        expect(vat + netOfVat(gross, rate)).toBe(gross)
        expect(vat).toBeLessThanOrEqual(gross)
      })
    )
  })

  it.each([
    [-1, 10],
    [1.5, 10],
    [100, -1],
    [100, 7.5],
    [100, 101],
  ])("refuses gross %s at rate %s", (gross, rate) => {
    expect(() => vatIncluded(gross, rate)).toThrow(RangeError)
  })
})
