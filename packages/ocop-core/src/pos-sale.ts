import { err, ok, type Result } from "./result"
import { vatIncluded } from "./vat"

/**
 * Pricing of a sale at the till, the one rule the tablet and the backend both apply so that the
 * total the clerk collected is the total the order records. Prices are VAT-inclusive whole đồng.
 */
export type SaleDiscount = { type: "percent"; value: number } | { type: "amount"; value: number }

export interface SaleLineForPricing {
  /** VAT-inclusive unit price the till showed. */
  unitPrice: number
  quantity: number
  vatRatePercent: number
  /** isPromotionBanned: no discount of any kind reaches this line (alcohol ≥ 15 % ABV). */
  promotionBanned: boolean
  discount?: SaleDiscount | null
}

export interface PricedSaleLine {
  /** unitPrice × quantity. */
  gross: number
  lineDiscount: number
  /** This line's share of the order discount. */
  orderDiscount: number
  /** What the customer pays for the line. */
  net: number
}

export interface VatByRate {
  ratePercent: number
  /** VAT-inclusive amount sold at this rate. */
  gross: number
  vat: number
}

export interface PricedSale {
  lines: PricedSaleLine[]
  /** Sum of line gross amounts before any discount. */
  gross: number
  lineDiscountTotal: number
  orderDiscount: number
  /** Amount the order discount was taken from: discountable lines after their own discounts. */
  orderDiscountBase: number
  discountTotal: number
  total: number
  vatByRate: VatByRate[]
  vatTotal: number
}

function isWholeVnd(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0
}

/** Half-up rounding of amount × percent / 100 without floating point. */
function percentOf(amount: number, percent: number): number {
  return Number((BigInt(amount) * BigInt(percent) * 2n + 100n) / 200n)
}

function discountAmount(discount: SaleDiscount, base: number, field: string): Result<number> {
  if (discount.type === "percent") {
    if (!Number.isInteger(discount.value) || discount.value < 0 || discount.value > 100) {
      return err(`${field}.value: a percent discount is a whole number from 0 to 100`)
    }
    return ok(percentOf(base, discount.value))
  }
  if (discount.type === "amount") {
    if (!isWholeVnd(discount.value)) {
      return err(`${field}.value: an amount discount is a whole non-negative number of đồng`)
    }
    if (discount.value > base) {
      return err(`${field}.value: the discount ${discount.value} exceeds the amount ${base}`)
    }
    return ok(discount.value)
  }
  return err(`${field}.type: must be "percent" or "amount"`)
}

/**
 * Splits `amount` over `weights` in proportion, in whole đồng, by largest remainder (earlier
 * lines win ties), so the shares always add up to `amount` exactly.
 */
export function allocateProportionally(amount: number, weights: readonly number[]): number[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0)
  if (total === 0) return weights.map(() => 0)
  const exact = weights.map((weight) => BigInt(amount) * BigInt(weight))
  const shares = exact.map((value) => Number(value / BigInt(total)))
  const remainders = exact.map((value, index) => ({ index, rest: value % BigInt(total) }))
  let left = amount - shares.reduce((sum, share) => sum + share, 0)
  remainders.sort((a, b) => (a.rest === b.rest ? a.index - b.index : a.rest > b.rest ? -1 : 1))
  for (const { index } of remainders) {
    if (left === 0) break
    shares[index] = (shares[index] as number) + 1
    left--
  }
  return shares
}

/**
 * Prices a sale: line discounts first, then the order discount over the discountable lines,
 * VAT contained in each rate's total. Refuses (naming the field) what the till must not allow:
 * bad quantities or prices, a discount on a promotion-banned line, a discount above the amount.
 */
export function priceSale(
  lines: readonly SaleLineForPricing[],
  orderDiscount?: SaleDiscount | null
): Result<PricedSale> {
  const afterLineDiscounts: { gross: number; lineDiscount: number }[] = []
  for (const [index, line] of lines.entries()) {
    const field = `lines.${index}`
    if (!Number.isSafeInteger(line.quantity) || line.quantity <= 0) {
      return err(`${field}.quantity: must be a whole number above 0`)
    }
    if (!isWholeVnd(line.unitPrice)) {
      return err(`${field}.unit_price: must be a whole non-negative number of đồng`)
    }
    if (!Number.isInteger(line.vatRatePercent) || line.vatRatePercent < 0) {
      return err(`${field}.vat_rate_percent: must be a whole percent`)
    }
    const gross = line.unitPrice * line.quantity
    if (!Number.isSafeInteger(gross)) return err(`${field}.quantity: the amount is too large`)
    let lineDiscount = 0
    if (line.discount) {
      if (line.promotionBanned) {
        return err(`${field}.discount: no discount on alcohol of 15 % ABV or more`)
      }
      const amount = discountAmount(line.discount, gross, `${field}.discount`)
      if (!amount.ok) return amount
      lineDiscount = amount.value
    }
    afterLineDiscounts.push({ gross, lineDiscount })
  }

  const eligibleNets = afterLineDiscounts.map((line, index) =>
    lines[index]?.promotionBanned ? 0 : line.gross - line.lineDiscount
  )
  const orderDiscountBase = eligibleNets.reduce((sum, net) => sum + net, 0)
  let orderDiscountTotal = 0
  if (orderDiscount) {
    const amount = discountAmount(orderDiscount, orderDiscountBase, "order_discount")
    if (!amount.ok) return amount
    orderDiscountTotal = amount.value
  }
  const shares = allocateProportionally(orderDiscountTotal, eligibleNets)

  const priced = afterLineDiscounts.map((line, index) => {
    const share = shares[index] as number
    return {
      gross: line.gross,
      lineDiscount: line.lineDiscount,
      orderDiscount: share,
      net: line.gross - line.lineDiscount - share,
    }
  })
  const grossByRate = new Map<number, number>()
  priced.forEach((line, index) => {
    const rate = lines[index]?.vatRatePercent as number
    grossByRate.set(rate, (grossByRate.get(rate) ?? 0) + line.net)
  })
  const vatByRate = [...grossByRate.entries()]
    .sort(([a], [b]) => a - b)
    .map(([ratePercent, gross]) => ({ ratePercent, gross, vat: vatIncluded(gross, ratePercent) }))
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0)
  const lineDiscountTotal = sum(priced.map((line) => line.lineDiscount))
  return ok({
    lines: priced,
    gross: sum(priced.map((line) => line.gross)),
    lineDiscountTotal,
    orderDiscount: orderDiscountTotal,
    orderDiscountBase,
    discountTotal: lineDiscountTotal + orderDiscountTotal,
    total: sum(priced.map((line) => line.net)),
    vatByRate,
    vatTotal: sum(vatByRate.map((rate) => rate.vat)),
  })
}

/**
 * Whether a priced sale carries a discount above `thresholdPercent` of what it was taken from
 * (a line's gross, or the order discount's base): such a sale needs a manager's approval.
 */
export function discountNeedsApproval(sale: PricedSale, thresholdPercent: number): boolean {
  const above = (discount: number, base: number) => discount * 100 > base * thresholdPercent
  return (
    sale.lines.some((line) => above(line.lineDiscount, line.gross)) ||
    above(sale.orderDiscount, sale.orderDiscountBase)
  )
}

export type TenderKind = "cash" | "vietqr" | "card"

export interface TenderForCheck {
  kind: TenderKind
  /** This tender's share of the total. */
  amount: number
  /** Cash handed over (≥ amount); only for cash. */
  received?: number | null
}

/**
 * Checks that tenders pay the total exactly (cash may be handed over in excess: that is change)
 * and returns the change due. Only cash gives change; a bank transfer or card pays its amount.
 */
export function checkTenders(total: number, tenders: readonly TenderForCheck[]): Result<number> {
  let paid = 0
  let change = 0
  for (const [index, tender] of tenders.entries()) {
    const field = `tenders.${index}`
    if (!isWholeVnd(tender.amount) || tender.amount === 0) {
      return err(`${field}.amount: must be a whole number of đồng above 0`)
    }
    if (tender.received !== undefined && tender.received !== null) {
      if (tender.kind !== "cash") return err(`${field}.received: only cash is handed over`)
      if (!isWholeVnd(tender.received) || tender.received < tender.amount) {
        return err(`${field}.received: must be at least the amount`)
      }
      change += tender.received - tender.amount
    }
    paid += tender.amount
  }
  if (paid !== total) {
    return err(`tenders: they pay ${paid} but the total is ${total}`)
  }
  return ok(change)
}
