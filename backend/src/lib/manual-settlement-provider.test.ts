import { ManualSettlementPaymentProvider } from "./manual-settlement-provider"

class CounterCash extends ManualSettlementPaymentProvider {
  static override identifier = "counter-cash"
  protected readonly refundMethod = "cash_back"
  constructor() {
    super({}, {})
  }
  initiatePayment = async () => ({ id: "s", data: {} })
  updatePayment = async () => ({ data: {} })
  authorizePayment = async () => ({ status: "authorized" as const, data: {} })
  getPaymentStatus = async () => ({ status: "authorized" as const, data: {} })
  capturePayment = async () => ({ data: {} })
  getWebhookActionAndData = async () => ({ action: "not_supported" as const })
}

describe("ManualSettlementPaymentProvider", () => {
  it("records each refund given back by hand, keeping the earlier ones", async () => {
    const provider = new CounterCash()
    const first = await provider.refundPayment({ amount: 50000, data: { reference: "OCOP1" } })
    const second = await provider.refundPayment({ amount: 20000, data: first.data })
    expect(second.data?.reference).toBe("OCOP1")
    expect(second.data?.manual_refunds).toEqual([
      { amount: 50000, recorded_at: expect.any(String), method: "cash_back" },
      { amount: 20000, recorded_at: expect.any(String), method: "cash_back" },
    ])
  })

  it("has nothing remote to cancel, delete or fetch", async () => {
    const provider = new CounterCash()
    const data = { reference: "OCOP2" }
    expect(await provider.cancelPayment({ data })).toEqual({ data })
    expect(await provider.deletePayment({ data })).toEqual({ data })
    expect(await provider.retrievePayment({ data })).toEqual({ data })
  })
})
