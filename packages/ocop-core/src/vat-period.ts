import { type DateInput, vietnamCalendarDate } from "./dates"
import { VAT_SCHEDULE, type VatCategory, type VatPeriod } from "./vat"

/**
 * The dated VAT period of a category in force on a day in Vietnam: its rate, its first and last
 * day and its legal basis. Useful wherever a rate is copied elsewhere (e.g. into Medusa tax rates)
 * and must say until when it holds.
 */
export function vatPeriodAt(category: VatCategory, date: DateInput): VatPeriod {
  const rates = VAT_SCHEDULE[category]
  if (!rates) throw new RangeError(`Unknown VAT category "${category}"`)
  const day = vietnamCalendarDate(date)
  const period = rates.periods.find((p) => p.from <= day && (p.to === undefined || day <= p.to))
  if (!period) throw new RangeError(`No VAT rate recorded for ${category} on ${day}`)
  return period
}
