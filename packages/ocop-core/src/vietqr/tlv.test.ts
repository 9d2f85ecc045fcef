import fc from "fast-check"
import { decodeTlv, encodeTlv, TLV_MAX_VALUE_LENGTH } from "./tlv"

describe("encodeTlv", () => {
  it("writes id, 2-digit length and value", () => {
    expect(
      encodeTlv([
        { id: "00", value: "01" },
        { id: "58", value: "VN" },
        { id: "08", value: "Chuyen tien" },
      ])
    ).toBe("0002015802VN0811Chuyen tien")
  })

  it("accepts the longest value", () => {
    expect(encodeTlv([{ id: "62", value: "x".repeat(99) }])).toBe(`6299${"x".repeat(99)}`)
  })

  it.each([
    [{ id: "1", value: "a" }, /2 digits/],
    [{ id: "ab", value: "a" }, /2 digits/],
    [{ id: "01", value: "" }, /1 to 99/],
    [{ id: "01", value: "x".repeat(TLV_MAX_VALUE_LENGTH + 1) }, /1 to 99/],
    [{ id: "01", value: "Chuyển tiền" }, /ASCII/],
    [{ id: "01", value: "tab\there" }, /ASCII/],
  ])("refuses %j", (field, message) => {
    expect(() => encodeTlv([field])).toThrow(message)
  })
})

const printableAscii = fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code))

describe("decodeTlv", () => {
  it("reads fields in order, nested values left encoded", () => {
    expect(decodeTlv("0002010502VN62150811Chuyen tien")).toEqual([
      { id: "00", value: "01" },
      { id: "05", value: "VN" },
      { id: "62", value: "0811Chuyen tien" },
    ])
    expect(decodeTlv("")).toEqual([])
  })

  it.each([
    ["000", /header/],
    ["0a0201", /header/],
    ["00050", /truncated/],
    ["0000", /1 to 99/],
    ["0002é1", /ASCII/],
  ])("refuses %j", (payload, message) => {
    expect(() => decodeTlv(payload)).toThrow(message)
  })

  it("round-trips any valid fields", () => {
    const field = fc.record({
      id: fc.stringMatching(/^\d{2}$/),
      value: fc.string({ unit: printableAscii, minLength: 1, maxLength: 99 }),
    })
    fc.assert(
      fc.property(fc.array(field, { maxLength: 8 }), (fields) => {
        expect(decodeTlv(encodeTlv(fields))).toEqual(fields)
      })
    )
  })
})
