import fc from "fast-check"
import { ean13CheckDigit, GS1_VIETNAM_PREFIX, isValidEan13, makeEan13 } from "./ean13"

describe("ean13CheckDigit", () => {
  it.each([
    ["400638133393", 1], // 4006381333931, the textbook example
    ["590123412345", 7], // 5901234123457
    ["893604515009", 2],
    ["893604515003", 0], // sum already a multiple of 10
  ])("%s → %i", (twelve, digit) => {
    expect(ean13CheckDigit(twelve)).toBe(digit)
  })

  it.each(["12345678901", "1234567890123", "89360451500a"])("refuses %j", (text) => {
    expect(() => ean13CheckDigit(text)).toThrow(RangeError)
  })
})

describe("isValidEan13", () => {
  it("checks length, digits and the check digit", () => {
    expect(isValidEan13("4006381333931")).toBe(true)
    expect(isValidEan13("4006381333932")).toBe(false)
    expect(isValidEan13("400638133393")).toBe(false)
    expect(isValidEan13("400638133393a")).toBe(false)
  })

  it("accepts every code it completes and rejects any single changed digit", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{12}$/),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 1, max: 9 }),
        (twelve, position, shift) => {
          const code = `${twelve}${ean13CheckDigit(twelve)}`
          expect(isValidEan13(code)).toBe(true)
          const digit = (Number(code.charAt(position)) + shift) % 10
          expect(
            isValidEan13(`${code.slice(0, position)}${digit}${code.slice(position + 1)}`)
          ).toBe(false)
        }
      )
    )
  })
})

describe("makeEan13", () => {
  it("uses the GS1 Vietnam prefix by default", () => {
    expect(GS1_VIETNAM_PREFIX).toBe("893")
    expect(makeEan13("604515009")).toBe("8936045150092")
    expect(makeEan13("638133393", "400")).toBe("4006381333931")
  })

  it("needs 12 digits in total", () => {
    expect(() => makeEan13("12345678")).toThrow(/12 digits/)
    expect(() => makeEan13("1234567890")).toThrow(RangeError)
    expect(() => makeEan13("12345678x")).toThrow(RangeError)
  })
})
