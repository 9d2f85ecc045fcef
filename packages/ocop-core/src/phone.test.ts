import fc from "fast-check"
import { parseVnMobile } from "./phone"

describe("parseVnMobile", () => {
  it.each([
    ["0912345678", "0912345678"],
    ["0912 345 678", "0912345678"],
    ["091.234.5678", "0912345678"],
    ["+84 912 345 678", "0912345678"],
    ["+84912345678", "0912345678"],
    ["84912345678", "0912345678"],
    ["(+84) 386-123-456", "0386123456"],
    ["0587654321", "0587654321"],
    ["0701234567", "0701234567"],
  ])("%s → %s", (input, expected) => {
    expect(parseVnMobile(input)).toEqual({ ok: true, value: expected })
  })

  it.each([
    "02053812345", // a Lạng Sơn landline (0205)
    "0212345678", // 02x is landline
    "091234567", // 9 digits
    "09123456789", // 11 digits
    "1912345678",
    "+8502345678",
    "84 0912345678",
    "",
    "số điện thoại",
  ])("refuses %j", (input) => {
    const result = parseVnMobile(input)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(/not a Vietnamese mobile number/)
  })

  it("reads the national and +84 forms of any valid number alike, with any spacing", () => {
    const mobile = fc
      .tuple(fc.constantFrom("3", "5", "7", "8", "9"), fc.stringMatching(/^\d{8}$/))
      .map(([network, rest]) => `0${network}${rest}`)
    fc.assert(
      fc.property(mobile, fc.constantFrom("", " ", ".", "-"), (number, separator) => {
        const spaced = `${number.slice(0, 4)}${separator}${number.slice(4, 7)}${separator}${number.slice(7)}`
        expect(parseVnMobile(spaced)).toEqual({ ok: true, value: number })
        expect(parseVnMobile(`+84${separator}${number.slice(1)}`)).toEqual({
          ok: true,
          value: number,
        })
      })
    )
  })
})
