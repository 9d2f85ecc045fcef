import { type CandidateSession, decideTransferMatch } from "./match-transfer"

const session: CandidateSession = {
  id: "payses_1",
  provider_id: "pp_vietqr_vietqr",
  status: "pending_authorization",
  amount: 270_000,
  currency_code: "vnd",
  payment_collection_id: "pay_col_1",
  data: { reference: "OCOPK3XQ7M2ZAB", account_number: "0123456789", bank_bin: "970436" },
}
const exact = { amount: 270_000, account_number: "0123456789", bank_bin: "970436" }

describe("decideTransferMatch", () => {
  it("confirms only one open VietQR session, our account and the exact amount", () => {
    expect(decideTransferMatch(exact, [session])).toEqual({ outcome: "matched", session })
    expect(decideTransferMatch({ amount: 270_000 }, [session]).outcome).toBe("matched")
  })

  it("flags partial and over-payments", () => {
    for (const amount of [269_999, 270_001, 1]) {
      expect(decideTransferMatch({ ...exact, amount }, [session])).toMatchObject({
        outcome: "needs_review",
        reason: "amount_mismatch",
      })
    }
  })

  it("flags unknown, ambiguous, other providers' and already paid sessions", () => {
    expect(decideTransferMatch(exact, [])).toMatchObject({ reason: "unknown_reference" })
    const cod = { ...session, provider_id: "pp_cod_cod" }
    expect(decideTransferMatch(exact, [cod])).toMatchObject({ reason: "unknown_reference" })
    expect(decideTransferMatch(exact, [session, { ...session, id: "payses_2" }])).toMatchObject({
      reason: "ambiguous_reference",
    })
    expect(decideTransferMatch(exact, [{ ...session, status: "authorized" }])).toMatchObject({
      reason: "already_paid",
    })
    const confirmed = { ...session, data: { ...session.data, confirmed_transfer: { amount: 1 } } }
    expect(decideTransferMatch(exact, [confirmed])).toMatchObject({ reason: "already_paid" })
  })

  it("flags a transfer for a cancelled order, whatever its amount", () => {
    const cancelled = { ...session, order_id: "order_1", order_status: "canceled" }
    expect(decideTransferMatch(exact, [cancelled])).toMatchObject({ reason: "order_cancelled" })
    expect(decideTransferMatch({ ...exact, amount: 1 }, [cancelled])).toMatchObject({
      reason: "order_cancelled",
    })
    const pending = { ...session, order_id: "order_1", order_status: "pending" }
    expect(decideTransferMatch(exact, [pending]).outcome).toBe("matched")
  })

  it("flags a transfer into another account or bank, and a non-VND session", () => {
    expect(decideTransferMatch({ ...exact, account_number: "999" }, [session])).toMatchObject({
      reason: "account_mismatch",
    })
    expect(decideTransferMatch({ ...exact, bank_bin: "970415" }, [session])).toMatchObject({
      reason: "account_mismatch",
    })
    expect(decideTransferMatch(exact, [{ ...session, currency_code: "usd" }])).toMatchObject({
      reason: "amount_mismatch",
    })
    expect(decideTransferMatch(exact, [{ ...session, data: null }])).toMatchObject({
      reason: "account_mismatch",
    })
  })
})
