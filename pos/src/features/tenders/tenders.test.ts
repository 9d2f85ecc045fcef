import { parseVietQr } from "@ocop/core"
import type { PosTenderInput } from "@ocop/sdk"
import { testRegister } from "../../test-support"
import {
  cashTender,
  changeDue,
  isFullyPaid,
  quickCashAmounts,
  remainingDue,
  vietQrPayload,
  vietQrReference,
} from "./tenders"

describe("cash", () => {
  it("offers the exact amount and the notes a customer hands over", () => {
    expect(quickCashAmounts(185_000)).toEqual([185_000, 190_000, 200_000, 500_000])
    expect(quickCashAmounts(60_000)).toEqual([60_000, 100_000, 200_000, 500_000])
    expect(quickCashAmounts(1_234_000)).toEqual([
      1_234_000, 1_240_000, 1_250_000, 1_300_000, 1_400_000,
    ])
    expect(quickCashAmounts(0)).toEqual([])
  })

  it("gives change on cash only, after the whole total is paid", () => {
    const tenders = [cashTender(185_000, 200_000)]
    expect(tenders[0]).toEqual({ kind: "cash", amount: 185_000, received: 200_000 })
    expect(isFullyPaid(185_000, tenders)).toBe(true)
    expect(changeDue(185_000, tenders)).toBe(15_000)
    expect(remainingDue(185_000, tenders)).toBe(0)
  })

  it("splits: part cash, the rest by transfer and card", () => {
    const tenders: PosTenderInput[] = [cashTender(300_000, 100_000)]
    expect(remainingDue(300_000, tenders)).toBe(200_000)
    expect(isFullyPaid(300_000, tenders)).toBe(false)
    expect(changeDue(300_000, tenders)).toBe(0)
    tenders.push({ kind: "vietqr", amount: 150_000, reference: "CH1Q000001" })
    tenders.push({ kind: "card", amount: 50_000, reference: "SLIP 001234" })
    expect(isFullyPaid(300_000, tenders)).toBe(true)
    expect(isFullyPaid(0, [])).toBe(false)
  })
})

describe("VietQR at the counter", () => {
  it("numbers references per tablet of a register, within 19 characters", () => {
    expect(vietQrReference("CH1A", 123)).toBe("CH1A000123")
    expect(vietQrReference("vcm-b", 7)).toBe("VCMB000007")
    expect(vietQrReference("CH1A", 1_234_567)).toHaveLength(11)
  })

  it("builds a dynamic payload for the exact amount to the register's account", () => {
    const payload = vietQrPayload(testRegister, 185_000, "CH1A000123")
    const parsed = parseVietQr(payload)
    if (!parsed.ok) throw new Error(parsed.error)
    expect(parsed.value).toMatchObject({
      bin: "970418",
      accountNumber: "12010000123456",
      amount: 185_000,
      purpose: "CH1A000123",
    })
  })
})
