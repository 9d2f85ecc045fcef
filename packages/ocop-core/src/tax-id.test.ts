import fc from "fast-check"
import { mstCheckDigit, validateTaxId } from "./tax-id"

describe("mstCheckDigit", () => {
  it.each([
    ["010011243", 7], // Vietcombank 0100112437
    ["010010910", 6], // Viettel 0100109106
    ["010124814", 1], // FPT 0101248141
    ["030058856", 9], // Vinamilk 0300588569
    ["100000000", 1], // 31 mod 11 = 9
  ])("%s → %i", (nine, digit) => {
    expect(mstCheckDigit(nine)).toBe(digit)
  })

  it("has no check digit when the weighted sum is a multiple of 11", () => {
    // 1×23 + 7×3 = 44 = 4×11
    expect(mstCheckDigit("001000007")).toBeNull()
    expect(validateTaxId("0010000070").ok).toBe(false)
  })

  it("rejects input that is not 9 digits", () => {
    expect(() => mstCheckDigit("12345678")).toThrow(RangeError)
    expect(() => mstCheckDigit("12345678a")).toThrow(RangeError)
  })
})

describe("validateTaxId", () => {
  it("accepts enterprise codes", () => {
    expect(validateTaxId("0100112437")).toEqual({
      ok: true,
      kind: "enterprise",
      value: "0100112437",
    })
    expect(validateTaxId(" 0300 588 569 ")).toEqual({
      ok: true,
      kind: "enterprise",
      value: "0300588569",
    })
  })

  it("accepts branch codes", () => {
    expect(validateTaxId("0100112437-001")).toEqual({
      ok: true,
      kind: "branch",
      value: "0100112437-001",
    })
  })

  it("accepts 12-digit personal ids without a check digit", () => {
    expect(validateTaxId("020195001234")).toEqual({
      ok: true,
      kind: "personal",
      value: "020195001234",
    })
  })

  it("catches a mistyped digit", () => {
    const result = validateTaxId("0100112438")
    expect(result).toEqual({ ok: false, error: expect.stringContaining("check digit") })
    expect(validateTaxId("0100112438-001").ok).toBe(false)
  })

  it("refuses an empty sequence number and branch 000", () => {
    expect(validateTaxId("0100000000")).toEqual({
      ok: false,
      error: expect.stringContaining("sequence"),
    })
    expect(validateTaxId("0100112437-000")).toEqual({
      ok: false,
      error: expect.stringContaining("001–999"),
    })
  })

  it.each([
    "",
    "123",
    "01001124370",
    "0100112437-01",
    "0100112437001",
    "0100-112437",
    "01001124ab",
  ])("refuses the format %j and quotes it", (text) => {
    expect(validateTaxId(text)).toEqual({ ok: false, error: expect.stringContaining(`"${text}"`) })
  })

  it("catches every single-digit typo in an enterprise code", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        (position, shift) => {
          const code = "0100112437"
          const digit = (Number(code.charAt(position)) + shift) % 10
          const typo = `${code.slice(0, position)}${digit}${code.slice(position + 1)}`
          expect(validateTaxId(typo).ok).toBe(false)
        }
      )
    )
  })
})
