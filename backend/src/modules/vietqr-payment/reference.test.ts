import { findPaymentReference, isPaymentReference, newPaymentReference } from "./reference"

describe("VietQR payment references", () => {
  it("are 14 ASCII characters: OCOP and ten base32 letters, different every time", () => {
    const references = new Set(Array.from({ length: 2000 }, () => newPaymentReference()))
    expect(references.size).toBe(2000)
    for (const reference of references) {
      expect(reference).toMatch(/^OCOP[A-Z2-7]{10}$/)
      expect(isPaymentReference(reference)).toBe(true)
    }
  })

  it("are found in notes that banks prefix, lower-case or break with spaces", () => {
    expect(findPaymentReference("OCOPK3XQ7M2ZAB")).toBe("OCOPK3XQ7M2ZAB")
    expect(findPaymentReference(null, "MBVCB.1234.OCOPK3XQ7M2ZAB.CT tu A")).toBe("OCOPK3XQ7M2ZAB")
    expect(findPaymentReference("", "ibft ocopk3x q7m2zab chuyen tien")).toBe("OCOPK3XQ7M2ZAB")
    expect(findPaymentReference("Chuyen tien", "thanh toan don hang")).toBeNull()
    expect(findPaymentReference(undefined)).toBeNull()
    expect(isPaymentReference("OCOPK3XQ7M2ZA1")).toBe(false)
  })
})
