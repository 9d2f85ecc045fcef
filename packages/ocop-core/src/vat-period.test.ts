import fc from "fast-check"
import { VAT_CATEGORIES, type VatCategory, vatRateAt } from "./vat"
import { vatPeriodAt } from "./vat-period"

describe("vatPeriodAt", () => {
  it("gives the processed-food 8 % period with its end, then the open-ended 10 %", () => {
    expect(vatPeriodAt("processed_food", "2026-11-29")).toEqual({
      from: "2025-07-01",
      to: "2026-12-31",
      ratePercent: 8,
      basis: "Decree 174/2025/NĐ-CP",
    })
    expect(vatPeriodAt("processed_food", "2026-12-31T17:00:00Z")).toMatchObject({
      from: "2027-01-01",
      ratePercent: 10,
    })
    expect(vatPeriodAt("processed_food", "2027-01-01").to).toBeUndefined()
  })

  it("agrees with vatRateAt on every category and day", () => {
    const days = fc.date({
      min: new Date("2025-07-01T00:00:00+07:00"),
      max: new Date("2035-12-31"),
      noInvalidDate: true,
    })
    fc.assert(
      fc.property(fc.constantFrom(...VAT_CATEGORIES), days, (category, day) => {
        expect(vatPeriodAt(category, day).ratePercent).toBe(vatRateAt(category, day))
      })
    )
  })

  it("refuses days before any recorded rate and unknown categories", () => {
    expect(() => vatPeriodAt("alcohol", "2025-06-30")).toThrow(/No VAT rate/)
    expect(() => vatPeriodAt("luxury" as VatCategory, "2025-08-01")).toThrow(/Unknown VAT category/)
  })
})
