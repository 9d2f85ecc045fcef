import { counterVietQrStatus, findCounterReference } from "./counter-vietqr"

describe("counter VietQR", () => {
  it("finds the reference however the bank mangles the note", () => {
    const codes = ["CH1", "CH2", "VCM"]
    expect(findCounterReference(codes, "CH1A000123")).toEqual({
      reference: "CH1A000123",
      register_code: "CH1",
    })
    expect(findCounterReference(codes, null, "MBVCB.1234.ch1a000123.CT tu NGUYEN VAN A")).toEqual({
      reference: "CH1A000123",
      register_code: "CH1",
    })
    expect(findCounterReference(codes, "FT24 VCMB 000 045 chuyen tien")?.reference).toBe(
      "VCMB000045"
    )
    expect(findCounterReference(codes, "OCOPK3XQ7M2ZAB")).toBeNull()
    expect(findCounterReference(codes, "CH3A000123")).toBeNull()
    expect(findCounterReference(codes, undefined, "")).toBeNull()
  })

  it("prefers the longer code and refuses a run of too many digits", () => {
    expect(findCounterReference(["CH1", "CH10"], "CH10A000001")?.register_code).toBe("CH10")
    expect(findCounterReference(["CH1"], "CH1A0001234")).toBeNull()
  })

  it("confirms only when the sale and the bank agree on the amount", () => {
    expect(counterVietQrStatus({ expected_amount: 120_000, received_amount: null })).toEqual({
      status: "pending",
      review_reason: null,
    })
    expect(counterVietQrStatus({ expected_amount: null, received_amount: 120_000 }).status).toBe(
      "pending"
    )
    expect(counterVietQrStatus({ expected_amount: 120_000, received_amount: 120_000 }).status).toBe(
      "confirmed"
    )
    expect(counterVietQrStatus({ expected_amount: 120_000, received_amount: 100_000 })).toEqual({
      status: "needs_review",
      review_reason: "amount_mismatch",
    })
  })
})
