import { type DateInput, vietnamCalendarDate } from "./dates"
import { assertVnd } from "./money"

export const VAT_CATEGORIES = ["fresh_produce", "processed_food", "alcohol", "standard"] as const
export type VatCategory = (typeof VAT_CATEGORIES)[number]

export interface VatPeriod {
  /** First day the rate applies (calendar date in Vietnam, inclusive). */
  from: string
  /** Last day the rate applies (inclusive); open-ended when absent. */
  to?: string
  ratePercent: number
  basis: string
}

export interface VatCategoryRates {
  vi: string
  en: string
  periods: readonly VatPeriod[]
}

/** Rates are dated because they change by decree; periods start with the VAT law 48/2024. */
export const VAT_SCHEDULE: Readonly<Record<VatCategory, VatCategoryRates>> = {
  fresh_produce: {
    vi: "Nông sản chưa qua chế biến",
    en: "Unprocessed farm produce",
    // Our reading of the law for produce sold at the trading stage (unverified).
    periods: [{ from: "2025-07-01", ratePercent: 5, basis: "Law 48/2024/QH15" }],
  },
  processed_food: {
    vi: "Thực phẩm chế biến",
    en: "Processed food",
    periods: [
      { from: "2025-07-01", to: "2026-12-31", ratePercent: 8, basis: "Decree 174/2025/NĐ-CP" },
      { from: "2027-01-01", ratePercent: 10, basis: "Law 48/2024/QH15" },
    ],
  },
  alcohol: {
    vi: "Đồ uống có cồn",
    en: "Alcoholic drinks",
    // Excluded from the 2 % cut.
    periods: [{ from: "2025-07-01", ratePercent: 10, basis: "Law 48/2024/QH15" }],
  },
  standard: {
    vi: "Thuế suất phổ thông",
    en: "Standard rate",
    periods: [{ from: "2025-07-01", ratePercent: 10, basis: "Law 48/2024/QH15" }],
  },
}

/**
 * VAT rate in percent for a category on a day in Vietnam. Throws for days before the first known
 * period rather than guess a rate that was never recorded here.
 */
export function vatRateAt(category: VatCategory, date: DateInput): number {
  const rates = VAT_SCHEDULE[category]
  if (!rates) throw new RangeError(`Unknown VAT category "${category}"`)
  const day = vietnamCalendarDate(date)
  const period = rates.periods.find((p) => p.from <= day && (p.to === undefined || day <= p.to))
  if (!period) throw new RangeError(`No VAT rate recorded for ${category} on ${day}`)
  return period.ratePercent
}

function assertRate(ratePercent: number): void {
  if (!Number.isInteger(ratePercent) || ratePercent < 0 || ratePercent > 100) {
    throw new RangeError(`VAT rate must be a whole percent from 0 to 100, got ${ratePercent}`)
  }
}

/**
 * VAT contained in a VAT-inclusive retail price: gross × rate / (100 + rate), rounded half-up to
 * whole đồng. BigInt keeps the product exact for amounts near the safe-integer limit.
 */
export function vatIncluded(grossVnd: number, ratePercent: number): number {
  assertVnd(grossVnd, "Gross amount")
  assertRate(ratePercent)
  const numerator = BigInt(grossVnd) * BigInt(ratePercent)
  const denominator = BigInt(100 + ratePercent)
  return Number((2n * numerator + denominator) / (2n * denominator))
}

/** Price without VAT, so that net + VAT always equals the gross price exactly. */
export function netOfVat(grossVnd: number, ratePercent: number): number {
  return grossVnd - vatIncluded(grossVnd, ratePercent)
}
