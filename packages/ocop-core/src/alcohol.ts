import { type DateInput, vietnamCalendarDate } from "./dates"

/** Law 44/2019/QH14: no advertising or sales promotion for drinks of 15 % ABV or more. */
export const PROMOTION_BAN_ABV = 15
/** No sale, supply or promotion of alcohol to anyone under 18. */
export const MIN_ALCOHOL_BUYER_AGE = 18

export interface AlcoholFacts {
  is_alcohol?: boolean | null
  /** Alcohol by volume in percent. */
  abv?: number | null
}

/**
 * Whether discounts, vouchers and promo banners must skip the product. An alcoholic product with
 * a missing or nonsensical ABV is treated as banned: excluding it is the lawful mistake.
 */
export function isPromotionBanned(product: AlcoholFacts): boolean {
  if (!product.is_alcohol) return false
  const abv = product.abv
  if (typeof abv !== "number" || !Number.isFinite(abv) || abv < 0) return true
  return abv >= PROMOTION_BAN_ABV
}

/** Any alcoholic drink, whatever its strength, needs the age gate online and an ID prompt at POS. */
export function requiresAgeCheck(product: AlcoholFacts): boolean {
  return product.is_alcohol === true
}

/** Online alcohol sales must be paid without cash, so one alcoholic line rules out COD. */
export function codAllowedFor(lines: readonly AlcoholFacts[]): boolean {
  return !lines.some((line) => line.is_alcohol === true)
}

/** Completed years of age on `at`, both read as calendar dates in Vietnam. */
export function ageOn(birthDate: DateInput, at: DateInput): number {
  const [birthYear, birthMonthDay] = splitDay(vietnamCalendarDate(birthDate))
  const [year, monthDay] = splitDay(vietnamCalendarDate(at))
  return year - birthYear - (monthDay < birthMonthDay ? 1 : 0)
}

function splitDay(day: string): [number, string] {
  return [Number(day.slice(0, 4)), day.slice(5)]
}

/** A person born on 29 February turns 18 on 1 March in common years. */
export function isOldEnoughForAlcohol(birthDate: DateInput, at: DateInput): boolean {
  return ageOn(birthDate, at) >= MIN_ALCOHOL_BUYER_AGE
}
