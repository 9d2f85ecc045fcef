import * as core from "./index"

// Guards the public surface the backend, storefront and POS import: a rename or a dropped
// re-export fails here rather than in three apps.
const PUBLIC_FUNCTIONS = [
  "addMonths",
  "allocateProportionally",
  "ageOn",
  "assertVnd",
  "badgeStarsOn",
  "badgeTimeline",
  "bankByBin",
  "buildVietQr",
  "calendarDaysBetween",
  "certificateHasStarted",
  "certificateInForce",
  "certificateStatus",
  "checkTenders",
  "codAllowedFor",
  "compareVi",
  "contentLanguage",
  "crc16CcittFalse",
  "daysUntilExpiry",
  "decodeTlv",
  "discountNeedsApproval",
  "defaultValidTo",
  "ean13CheckDigit",
  "encodeTlv",
  "formatDateTimeVi",
  "formatDateVi",
  "formatVnd",
  "hasOcopBadge",
  "isOcopStar",
  "isOldEnoughForAlcohol",
  "isProducerKind",
  "isPromotionBanned",
  "isValidEan13",
  "isValidGroup",
  "localizedText",
  "makeEan13",
  "netOfVat",
  "parseStarsList",
  "parseVietQr",
  "parseVnd",
  "parseVnMobile",
  "priceSale",
  "productGroup",
  "requiresAgeCheck",
  "slugifyVi",
  "starClassForScore",
  "toNfc",
  "toSearchKey",
  "toVietQrPurpose",
  "validateCertificateInput",
  "validateTaxId",
  "vatIncluded",
  "vatPeriodAt",
  "vatRateAt",
]

const exported = new Map<string, unknown>(Object.entries(core))

describe("@ocop/core public API", () => {
  it.each(PUBLIC_FUNCTIONS)("exports %s", (name) => {
    expect(typeof exported.get(name)).toBe("function")
  })

  it("exports the domain data", () => {
    expect(core.PRODUCT_GROUPS).toHaveLength(6)
    expect(core.BANKS.length).toBeGreaterThan(0)
    expect(core.LEGAL_BASES.length).toBeGreaterThan(0)
    expect(core.GS1_VIETNAM_PREFIX).toBe("893")
    expect(core.PROMOTION_BAN_ABV).toBe(15)
    expect(core.EXPIRING_WINDOW_DAYS).toBe(30)
    expect(core.viCollator).toBeInstanceOf(Intl.Collator)
  })
})
