import fc from "fast-check"
import {
  allocateProportionally,
  checkTenders,
  discountNeedsApproval,
  priceSale,
  type SaleDiscount,
  type SaleLineForPricing,
} from "./pos-sale"

const line = (overrides: Partial<SaleLineForPricing> = {}): SaleLineForPricing => ({
  unitPrice: 60_000,
  quantity: 1,
  vatRatePercent: 5,
  promotionBanned: false,
  ...overrides,
})

function priced(lines: SaleLineForPricing[], orderDiscount?: SaleDiscount | null) {
  const result = priceSale(lines, orderDiscount)
  if (!result.ok) throw new Error(result.error)
  return result.value
}

function refusal(lines: SaleLineForPricing[], orderDiscount?: SaleDiscount | null) {
  const result = priceSale(lines, orderDiscount)
  if (result.ok) throw new Error("expected a refusal")
  return result.error
}

describe("priceSale", () => {
  it("totals lines and the VAT contained per rate", () => {
    const sale = priced([
      line({ quantity: 2 }),
      line({ unitPrice: 250_000, vatRatePercent: 10, promotionBanned: true }),
      line({ unitPrice: 45_000, vatRatePercent: 8 }),
    ])
    expect(sale.gross).toBe(415_000)
    expect(sale.total).toBe(415_000)
    expect(sale.discountTotal).toBe(0)
    expect(sale.vatByRate).toEqual([
      { ratePercent: 5, gross: 120_000, vat: 5_714 },
      { ratePercent: 8, gross: 45_000, vat: 3_333 },
      { ratePercent: 10, gross: 250_000, vat: 22_727 },
    ])
    expect(sale.vatTotal).toBe(5_714 + 3_333 + 22_727)
  })

  it("takes line discounts by percent (half up) and by amount", () => {
    const sale = priced([
      line({ unitPrice: 33_333, discount: { type: "percent", value: 15 } }),
      line({ discount: { type: "amount", value: 10_000 } }),
    ])
    // 33 333 × 15 % = 4 999.95 → 5 000
    expect(sale.lines.map((l) => l.lineDiscount)).toEqual([5_000, 10_000])
    expect(sale.total).toBe(33_333 - 5_000 + 50_000)
  })

  it("spreads an order discount over discountable lines only, to the đồng", () => {
    const sale = priced(
      [
        line({ unitPrice: 10_001 }),
        line({ unitPrice: 250_000, promotionBanned: true }),
        line({ unitPrice: 20_002 }),
      ],
      { type: "percent", value: 10 }
    )
    expect(sale.orderDiscountBase).toBe(30_003)
    expect(sale.orderDiscount).toBe(3_000)
    expect(sale.lines.map((l) => l.orderDiscount)).toEqual([1_000, 0, 2_000])
    expect(sale.lines[1]?.net).toBe(250_000)
  })

  it("refuses any discount on a promotion-banned line", () => {
    expect(
      refusal([line({ promotionBanned: true, discount: { type: "percent", value: 0 } })])
    ).toMatch(/^lines\.0\.discount: no discount on alcohol/)
    expect(refusal([line({ promotionBanned: true })], { type: "amount", value: 1 })).toMatch(
      /^order_discount\.value: the discount 1 exceeds the amount 0/
    )
  })

  it.each([
    [line({ quantity: 0 }), /lines\.0\.quantity/],
    [line({ quantity: 1.5 }), /lines\.0\.quantity/],
    [line({ unitPrice: -1 }), /lines\.0\.unit_price/],
    [line({ unitPrice: 1.5 }), /lines\.0\.unit_price/],
    [line({ vatRatePercent: 7.5 }), /lines\.0\.vat_rate_percent/],
    [line({ vatRatePercent: -1 }), /lines\.0\.vat_rate_percent/],
    [line({ unitPrice: Number.MAX_SAFE_INTEGER, quantity: 2 }), /too large/],
    [line({ discount: { type: "percent", value: 101 } }), /lines\.0\.discount\.value/],
    [line({ discount: { type: "percent", value: 2.5 } }), /lines\.0\.discount\.value/],
    [line({ discount: { type: "amount", value: -5 } }), /lines\.0\.discount\.value/],
    [line({ discount: { type: "amount", value: 60_001 } }), /exceeds/],
    [line({ discount: { type: "gift", value: 1 } as unknown as SaleDiscount }), /\.type/],
  ])("refuses %j naming the field", (bad, message) => {
    expect(refusal([bad])).toMatch(message)
  })

  it("refuses a bad order discount", () => {
    expect(refusal([line()], { type: "percent", value: -1 })).toMatch(/^order_discount\.value/)
  })

  it("property: total = gross − discounts, never negative, VAT rows add up", () => {
    const discount = fc.option(
      fc.oneof(
        fc.record({
          type: fc.constant("percent" as const),
          value: fc.integer({ min: 0, max: 100 }),
        }),
        fc.record({
          type: fc.constant("amount" as const),
          value: fc.integer({ min: 0, max: 5_000 }),
        })
      ),
      { nil: null }
    )
    const arbitraryLine = fc.record({
      unitPrice: fc.integer({ min: 5_000, max: 2_000_000 }),
      quantity: fc.integer({ min: 1, max: 20 }),
      vatRatePercent: fc.constantFrom(0, 5, 8, 10),
      promotionBanned: fc.boolean(),
      discount,
    })
    fc.assert(
      fc.property(
        fc.array(arbitraryLine, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 100 }),
        (raw, orderPercent) => {
          const lines = raw.map((l) => (l.promotionBanned ? { ...l, discount: null } : l))
          const sale = priced(lines, { type: "percent", value: orderPercent })
          expect(sale.total).toBe(sale.gross - sale.discountTotal)
          expect(sale.lines.every((l) => l.net >= 0)).toBe(true)
          expect(sale.vatByRate.reduce((s, r) => s + r.gross, 0)).toBe(sale.total)
          lines.forEach((l, i) => {
            if (l.promotionBanned) expect(sale.lines[i]?.net).toBe(sale.lines[i]?.gross)
          })
        }
      )
    )
  })
})

describe("allocateProportionally", () => {
  it("gives nothing when there is nothing to weigh", () => {
    expect(allocateProportionally(100, [0, 0])).toEqual([0, 0])
  })

  it("property: shares add up and stay within one đồng of exact", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        (weights, rawAmount) => {
          const total = weights.reduce((s, w) => s + w, 0)
          fc.pre(total > 0)
          const amount = Math.min(rawAmount, total)
          const shares = allocateProportionally(amount, weights)
          expect(shares.reduce((s, x) => s + x, 0)).toBe(amount)
          shares.forEach((share, i) => {
            expect(Math.abs(share - (amount * (weights[i] as number)) / total)).toBeLessThan(1)
          })
        }
      )
    )
  })
})

describe("discountNeedsApproval", () => {
  it("compares each discount with the percent of what it was taken from", () => {
    const tenPercentLine = priced([line({ discount: { type: "percent", value: 10 } })])
    expect(discountNeedsApproval(tenPercentLine, 10)).toBe(false)
    expect(discountNeedsApproval(tenPercentLine, 9)).toBe(true)
    const order = priced([line(), line()], { type: "amount", value: 12_001 })
    expect(discountNeedsApproval(order, 10)).toBe(true)
    expect(discountNeedsApproval(priced([line()]), 0)).toBe(false)
  })
})

describe("checkTenders", () => {
  it("returns the change of cash handed over", () => {
    expect(checkTenders(185_000, [{ kind: "cash", amount: 185_000, received: 200_000 }])).toEqual({
      ok: true,
      value: 15_000,
    })
  })

  it("accepts a split of cash, transfer and card that pays the total exactly", () => {
    expect(
      checkTenders(300_000, [
        { kind: "cash", amount: 100_000, received: null },
        { kind: "vietqr", amount: 150_000 },
        { kind: "card", amount: 50_000 },
      ])
    ).toEqual({ ok: true, value: 0 })
  })

  it.each([
    [[{ kind: "cash" as const, amount: 0 }], /tenders\.0\.amount/],
    [[{ kind: "card" as const, amount: 100, received: 200 }], /tenders\.0\.received: only cash/],
    [[{ kind: "cash" as const, amount: 100, received: 50 }], /tenders\.0\.received: must be/],
    [[{ kind: "cash" as const, amount: 90 }], /tenders: they pay 90 but the total is 100/],
    [[{ kind: "cash" as const, amount: 110 }], /they pay 110/],
  ])("refuses %j", (tenders, message) => {
    const result = checkTenders(100, tenders)
    expect(result.ok ? "" : result.error).toMatch(message)
  })
})
