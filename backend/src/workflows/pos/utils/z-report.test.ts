import { buildZReport } from "./z-report"

describe("Z report", () => {
  const base = {
    shift_id: "pshf_1",
    register_code: "CH1",
    opened_at: new Date("2026-05-01T01:00:00Z"),
    closed_at: new Date("2026-05-01T10:00:00Z"),
    opened_by: "pclk_1",
    closed_by: "pclk_2",
  }

  it("expects float + cash sales + cash in − cash out in the drawer, and the rest per tender", () => {
    const report = buildZReport({
      ...base,
      opening_float: 500_000,
      movements: [
        { kind: "in", amount: 100_000 },
        { kind: "out", amount: 300_000 },
      ],
      sales: [
        {
          total: 228_000,
          discount_total: 12_000,
          tenders: [
            { kind: "cash", amount: 128_000 },
            { kind: "vietqr", amount: 100_000 },
          ],
          vat_by_rate: [
            { rate_percent: 5, vat: 5_429, gross: 114_000 },
            { rate_percent: 10, vat: 10_364, gross: 114_000 },
          ],
        },
        {
          total: 250_000,
          discount_total: 0,
          tenders: [{ kind: "card", amount: 250_000 }],
          vat_by_rate: [{ rate_percent: 10, vat: 22_727, gross: 250_000 }],
        },
      ],
      counted: { cash: 420_000, vietqr: 100_000, card: 250_000 },
    })
    expect(report.expected).toEqual({ cash: 428_000, vietqr: 100_000, card: 250_000 })
    expect(report.difference).toEqual({ cash: -8_000, vietqr: 0, card: 0 })
    expect(report.sale_count).toBe(2)
    expect(report.gross_total).toBe(490_000)
    expect(report.discount_total).toBe(12_000)
    expect(report.vat_by_rate).toEqual([
      { rate_percent: 5, vat: 5_429, gross: 114_000 },
      { rate_percent: 10, vat: 33_091, gross: 364_000 },
    ])
    expect(report).toMatchObject({ cash_in: 100_000, cash_out: 300_000, opening_float: 500_000 })
    expect(report.opened_at).toBe("2026-05-01T01:00:00.000Z")
  })

  it("an empty shift expects only its float", () => {
    const report = buildZReport({
      ...base,
      opening_float: 200_000,
      movements: [],
      sales: [],
      counted: { cash: 200_000, vietqr: 0, card: 0 },
    })
    expect(report.expected).toEqual({ cash: 200_000, vietqr: 0, card: 0 })
    expect(report.difference).toEqual({ cash: 0, vietqr: 0, card: 0 })
    expect(report.vat_by_rate).toEqual([])
  })
})
