import {
  ageOn,
  codAllowedFor,
  isOldEnoughForAlcohol,
  isPromotionBanned,
  MIN_ALCOHOL_BUYER_AGE,
  PROMOTION_BAN_ABV,
  requiresAgeCheck,
} from "./alcohol"

describe("isPromotionBanned", () => {
  it("bans promotions for drinks of 15 % ABV or more", () => {
    expect(PROMOTION_BAN_ABV).toBe(15)
    expect(isPromotionBanned({ is_alcohol: true, abv: 29.5 })).toBe(true) // rượu men lá
    expect(isPromotionBanned({ is_alcohol: true, abv: 15 })).toBe(true)
    expect(isPromotionBanned({ is_alcohol: true, abv: 14.9 })).toBe(false)
    expect(isPromotionBanned({ is_alcohol: true, abv: 0 })).toBe(false)
  })

  it("bans alcohol whose ABV is unknown or nonsensical, to be safe", () => {
    expect(isPromotionBanned({ is_alcohol: true })).toBe(true)
    expect(isPromotionBanned({ is_alcohol: true, abv: null })).toBe(true)
    expect(isPromotionBanned({ is_alcohol: true, abv: Number.NaN })).toBe(true)
    expect(isPromotionBanned({ is_alcohol: true, abv: -1 })).toBe(true)
  })

  it("never bans non-alcoholic products", () => {
    expect(isPromotionBanned({ is_alcohol: false, abv: 40 })).toBe(false)
    expect(isPromotionBanned({})).toBe(false)
    expect(isPromotionBanned({ is_alcohol: null })).toBe(false)
  })
})

describe("requiresAgeCheck", () => {
  it("checks age for any alcohol", () => {
    expect(requiresAgeCheck({ is_alcohol: true, abv: 4 })).toBe(true)
    expect(requiresAgeCheck({ is_alcohol: false })).toBe(false)
    expect(requiresAgeCheck({})).toBe(false)
  })
})

describe("codAllowedFor", () => {
  it("refuses COD when any line is alcohol", () => {
    expect(codAllowedFor([{ is_alcohol: false }, { is_alcohol: true, abv: 5 }])).toBe(false)
    expect(codAllowedFor([{ is_alcohol: false }, { is_alcohol: null }, {}])).toBe(true)
    expect(codAllowedFor([])).toBe(true)
  })
})

describe("ageOn / isOldEnoughForAlcohol", () => {
  it("counts completed years on Vietnam's calendar", () => {
    expect(ageOn("2007-06-15", "2025-06-14")).toBe(17)
    expect(ageOn("2007-06-15", "2025-06-15")).toBe(18)
    // 17:30 UTC on 14 June is already 15 June in Vietnam.
    expect(ageOn("2007-06-15", "2025-06-14T17:30:00Z")).toBe(18)
  })

  it("lets someone born on 29 February turn 18 on 1 March", () => {
    expect(MIN_ALCOHOL_BUYER_AGE).toBe(18)
    expect(isOldEnoughForAlcohol("2008-02-29", "2026-02-28")).toBe(false)
    expect(isOldEnoughForAlcohol("2008-02-29", "2026-03-01")).toBe(true)
  })
})
