import fc from "fast-check"
import { toVietQrPurpose, VIETQR_PURPOSE_MAX_LENGTH } from "./purpose"

describe("toVietQrPurpose", () => {
  it("removes diacritics but keeps case", () => {
    expect(toVietQrPurpose("Chuyển tiền")).toBe("Chuyen tien")
    expect(toVietQrPurpose("Đơn hàng OCOP đợt 3")).toBe("Don hang OCOP dot 3")
  })

  it("drops punctuation and collapses spaces", () => {
    expect(toVietQrPurpose("  DH-1234 /  Quýt   vàng! ")).toBe("DH 1234 Quyt vang")
  })

  it("cuts to 25 characters, or fewer on request, without a trailing space", () => {
    expect(VIETQR_PURPOSE_MAX_LENGTH).toBe(25)
    expect(toVietQrPurpose("Thanh toán đơn hàng số 20250701")).toBe("Thanh toan don hang so 20")
    expect(toVietQrPurpose("Thanh toan don hang 123", 19)).toBe("Thanh toan don hang")
    expect(toVietQrPurpose("Thanh toan don hang 123", 20)).toBe("Thanh toan don hang")
  })

  it.each([0, 26, 2.5])("refuses maxLength %s", (maxLength) => {
    expect(() => toVietQrPurpose("x", maxLength)).toThrow(RangeError)
  })

  it("always yields short, trimmed ASCII letters, digits and single spaces", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.integer({ min: 1, max: 25 }), (text, max) => {
        const purpose = toVietQrPurpose(text, max)
        expect(purpose.length).toBeLessThanOrEqual(max)
        expect(purpose).toMatch(/^(?:[A-Za-z0-9]+(?: [A-Za-z0-9]+)*)?$/)
      })
    )
  })
})
