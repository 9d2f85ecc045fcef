import {
  ISSUER_LEVELS,
  isIssuerLevel,
  issuerLevelsForStars,
  LEGAL_BASES,
  legalBasisByCode,
} from "./certificate-issuers"

describe("issuer levels", () => {
  it("lists the three levels", () => {
    expect(ISSUER_LEVELS).toEqual(["district", "province", "central"])
    expect(isIssuerLevel("province")).toBe(true)
    expect(isIssuerLevel("commune")).toBe(false)
    expect(isIssuerLevel(3)).toBe(false)
  })

  it("assigns stars to levels, dropping districts from July 2025", () => {
    expect(issuerLevelsForStars(5, "2021-01-01")).toEqual(["central"])
    expect(issuerLevelsForStars(4, "2021-01-01")).toEqual(["province"])
    expect(issuerLevelsForStars(3, "2025-06-30")).toEqual(["district", "province"])
    expect(issuerLevelsForStars(3, "2025-07-01")).toEqual(["province"])
  })
})

describe("legal bases", () => {
  it("records the chain 1048 → 781 → 148 → 1489", () => {
    expect(LEGAL_BASES.map((b) => b.code)).toEqual([
      "1048/QĐ-TTg",
      "781/QĐ-TTg",
      "148/QĐ-TTg",
      "1489/QĐ-TTg",
    ])
    expect(legalBasisByCode("148/QĐ-TTg")?.replaces).toEqual(["1048/QĐ-TTg", "781/QĐ-TTg"])
    expect(legalBasisByCode("1489/QĐ-TTg")?.issuedOn).toBe("2025-07-06")
  })

  it("finds codes typed in NFD or with spaces", () => {
    expect(legalBasisByCode(" 148/QĐ-TTg ".normalize("NFD"))?.year).toBe(2023)
    expect(legalBasisByCode("999/QĐ-TTg")).toBeUndefined()
  })
})
