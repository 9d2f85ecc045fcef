import { crc16CcittFalse } from "./crc16"

describe("crc16CcittFalse", () => {
  it("gives the catalogue check value", () => {
    expect(crc16CcittFalse("123456789")).toBe("29B1")
  })

  it("is FFFF (the initial value) for empty input", () => {
    expect(crc16CcittFalse("")).toBe("FFFF")
  })

  it("matches the public VietQR example", () => {
    expect(
      crc16CcittFalse(
        "00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA5303704540410005802VN62150811Chuyen tien6304"
      )
    ).toBe("BBB8")
  })

  // Reference values from Python's binascii.crc_hqx(text.encode("utf-8"), 0xFFFF).
  it.each([
    ["é", "7ACB"],
    ["Đơn hàng", "4DA7"],
    ["€", "0B51"],
    ["😀", "4F4F"],
  ])("hashes the UTF-8 bytes of %j", (text, crc) => {
    expect(crc16CcittFalse(text)).toBe(crc)
  })

  it("pads to four upper-case hex digits", () => {
    expect(crc16CcittFalse("€")).toMatch(/^[0-9A-F]{4}$/)
  })
})
