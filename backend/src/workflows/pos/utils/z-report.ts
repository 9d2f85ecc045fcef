import type { PosZReport } from "@ocop/sdk"

type Tenders = { cash: number; vietqr: number; card: number }

export interface ZReportSale {
  total: number
  discount_total: number
  tenders: { kind: keyof Tenders; amount: number }[]
  vat_by_rate: { rate_percent: number; vat: number; gross: number }[]
}

export interface ZReportInput {
  shift_id: string
  register_code: string
  opened_at: Date
  closed_at: Date
  opened_by: string
  closed_by: string
  opening_float: number
  movements: { kind: "in" | "out"; amount: number }[]
  sales: ZReportSale[]
  counted: Tenders
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0)

/**
 * The shift's Z report: what the drawer and the other tenders should hold (expected), what the
 * clerk counted blind, and the difference (counted − expected: negative is missing money).
 * Cash expected = opening float + cash sales + cash put in − cash taken out; change given back is
 * already netted, because a cash tender's amount is its share of the sale, not what was handed.
 */
export function buildZReport(input: ZReportInput): PosZReport {
  const tender = (kind: keyof Tenders) =>
    sum(
      input.sales.flatMap((sale) =>
        sale.tenders.filter((t) => t.kind === kind).map((t) => t.amount)
      )
    )
  const cashIn = sum(input.movements.filter((m) => m.kind === "in").map((m) => m.amount))
  const cashOut = sum(input.movements.filter((m) => m.kind === "out").map((m) => m.amount))
  const expected: Tenders = {
    cash: input.opening_float + tender("cash") + cashIn - cashOut,
    vietqr: tender("vietqr"),
    card: tender("card"),
  }
  const byRate = new Map<number, { vat: number; gross: number }>()
  for (const rate of input.sales.flatMap((sale) => sale.vat_by_rate)) {
    const entry = byRate.get(rate.rate_percent) ?? { vat: 0, gross: 0 }
    byRate.set(rate.rate_percent, { vat: entry.vat + rate.vat, gross: entry.gross + rate.gross })
  }
  const discountTotal = sum(input.sales.map((sale) => sale.discount_total))
  return {
    shift_id: input.shift_id,
    register_code: input.register_code,
    opened_at: input.opened_at.toISOString(),
    closed_at: input.closed_at.toISOString(),
    opened_by: input.opened_by,
    closed_by: input.closed_by,
    sale_count: input.sales.length,
    gross_total: sum(input.sales.map((sale) => sale.total)) + discountTotal,
    discount_total: discountTotal,
    vat_by_rate: [...byRate.entries()]
      .sort(([a], [b]) => a - b)
      .map(([rate_percent, amounts]) => ({ rate_percent, ...amounts })),
    expected,
    counted: input.counted,
    difference: {
      cash: input.counted.cash - expected.cash,
      vietqr: input.counted.vietqr - expected.vietqr,
      card: input.counted.card - expected.card,
    },
    opening_float: input.opening_float,
    cash_in: cashIn,
    cash_out: cashOut,
  }
}
