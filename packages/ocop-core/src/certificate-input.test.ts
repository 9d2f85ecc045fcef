import { type CertificateInput, validateCertificateInput } from "./certificate-input"

const valid: CertificateInput = {
  stars: 4,
  score: 75,
  valid_from: "2021-01-28",
  valid_to: "2024-01-28",
  decision_number: "4261/QĐ-UBND",
  decision_date: "2021-01-28",
  issuer_level: "province",
  legal_basis: "1048/QĐ-TTg",
}

function fieldsIn(input: CertificateInput): string[] {
  const result = validateCertificateInput(input)
  return result.ok ? [] : result.errors.map((e) => e.field)
}

describe("validateCertificateInput", () => {
  it("accepts a complete certificate", () => {
    expect(validateCertificateInput(valid)).toEqual({ ok: true })
  })

  it("accepts the minimum: stars and validity dates", () => {
    expect(
      validateCertificateInput({
        stars: 3,
        valid_from: new Date("2025-08-01"),
        valid_to: "2028-08-01",
      })
    ).toEqual({ ok: true })
  })

  it("treats null and blank optional fields as absent", () => {
    expect(
      fieldsIn({
        ...valid,
        score: null,
        decision_number: null,
        decision_date: "",
        issuer_level: " ",
        legal_basis: null,
      })
    ).toEqual([])
  })

  it.each([2, 6, 3.5, "4", undefined])("rejects stars %j", (stars) => {
    const result = validateCertificateInput({ ...valid, stars })
    expect(result).toEqual({
      ok: false,
      errors: [{ field: "stars", message: expect.stringContaining(String(stars)) }],
    })
  })

  it.each([-1, 101, Number.NaN, "75"])("rejects score %j", (score) => {
    expect(fieldsIn({ ...valid, score })).toEqual(["score"])
  })

  it("rejects unreadable dates", () => {
    expect(fieldsIn({ ...valid, valid_from: "2021-02-30" })).toEqual(["valid_from"])
    expect(fieldsIn({ ...valid, valid_to: 20240128 })).toEqual(["valid_to"])
    expect(fieldsIn({ ...valid, decision_date: "soon" })).toEqual(["decision_date"])
  })

  it("rejects valid_to on or before valid_from", () => {
    expect(fieldsIn({ ...valid, valid_to: "2021-01-28" })).toEqual(["valid_to"])
    expect(fieldsIn({ ...valid, valid_to: "2020-01-28" })).toEqual(["valid_to"])
  })

  it("rejects valid_from before the decision", () => {
    expect(fieldsIn({ ...valid, valid_from: "2021-01-27" })).toEqual(["valid_from"])
  })

  it("rejects an empty or non-text decision number", () => {
    expect(fieldsIn({ ...valid, decision_number: "  " })).toEqual(["decision_number"])
    expect(fieldsIn({ ...valid, decision_number: 4261 })).toEqual(["decision_number"])
  })

  it("rejects unknown issuer levels and star/level mismatches", () => {
    expect(fieldsIn({ ...valid, issuer_level: "commune" })).toEqual(["issuer_level"])
    expect(fieldsIn({ ...valid, issuer_level: "central" })).toEqual(["issuer_level"])
    expect(fieldsIn({ ...valid, stars: 5, issuer_level: "province" })).toEqual(["issuer_level"])
  })

  it("judges the issuer on the decision date, else on valid_from", () => {
    const district = { ...valid, stars: 3, issuer_level: "district" }
    expect(fieldsIn(district)).toEqual([])
    expect(
      fieldsIn({
        ...district,
        decision_date: "2025-08-01",
        valid_from: "2025-08-01",
        valid_to: "2028-08-01",
      })
    ).toEqual(["issuer_level"])
    expect(
      fieldsIn({
        ...district,
        decision_date: undefined,
        valid_from: "2025-08-01",
        valid_to: "2028-08-01",
      })
    ).toEqual(["issuer_level"])
  })

  it("skips the issuer check when stars or dates are unusable", () => {
    expect(fieldsIn({ ...valid, stars: 9, issuer_level: "central" })).toEqual(["stars"])
    expect(
      fieldsIn({ ...valid, decision_date: undefined, valid_from: "x", issuer_level: "central" })
    ).toEqual(["valid_from"])
  })

  it("rejects unknown legal bases", () => {
    expect(fieldsIn({ ...valid, legal_basis: "123/QĐ-TTg" })).toEqual(["legal_basis"])
    expect(fieldsIn({ ...valid, legal_basis: 148 })).toEqual(["legal_basis"])
  })

  it("reports every problem at once", () => {
    expect(
      fieldsIn({ stars: 1, score: 200, valid_from: "x", valid_to: "y", legal_basis: "z" })
    ).toEqual(["stars", "score", "valid_from", "valid_to", "legal_basis"])
  })
})
