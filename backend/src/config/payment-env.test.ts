import { DEFAULT_COD_MAX_ORDER_VND, DEMO_VIETQR, readPaymentsEnv } from "./payment-env"
import { paymentProviders } from "./payment-providers"

const production = {
  VIETQR_BANK_BIN: "970418",
  VIETQR_ACCOUNT_NUMBER: "12010000123456",
  VIETQR_ACCOUNT_NAME: "HTX NONG NGHIEP BAC SON",
  VIETQR_WEBHOOK_SECRET: "a-long-production-secret-value",
}

describe("payment settings", () => {
  it("use a labelled demo account in development, COD up to 5.000.000 ₫, no Stripe", () => {
    const env = readPaymentsEnv({}, false)
    expect(env.vietqr).toMatchObject({ ...DEMO_VIETQR, service: "account", isDemo: true })
    expect(env.codMaxOrderVnd).toBe(DEFAULT_COD_MAX_ORDER_VND)
    expect(env.stripe).toBeUndefined()
    expect(paymentProviders(env).map((p) => p.id)).toEqual(["vietqr", "cod"])
  })

  it("require the shop's real account and a strong secret in production", () => {
    expect(readPaymentsEnv(production, true).vietqr).toMatchObject({
      bankBin: "970418",
      isDemo: false,
    })
    for (const name of Object.keys(production)) {
      const { [name]: _, ...missing } = production as Record<string, string>
      expect(() => readPaymentsEnv(missing, true)).toThrow(name)
    }
    expect(() =>
      readPaymentsEnv({ ...production, VIETQR_ACCOUNT_NUMBER: DEMO_VIETQR.accountNumber }, true)
    ).toThrow("demo")
    expect(() => readPaymentsEnv({ ...production, VIETQR_WEBHOOK_SECRET: "short" }, true)).toThrow(
      "at least"
    )
  })

  it("refuse malformed values", () => {
    expect(() => readPaymentsEnv({ VIETQR_BANK_BIN: "97041" }, false)).toThrow("6 digits")
    expect(() => readPaymentsEnv({ VIETQR_ACCOUNT_NUMBER: "12-34" }, false)).toThrow("letters")
    expect(() => readPaymentsEnv({ VIETQR_SERVICE: "wallet" }, false)).toThrow("account or card")
    expect(() => readPaymentsEnv({ COD_MAX_ORDER_VND: "1.5" }, false)).toThrow("COD_MAX")
    expect(() => readPaymentsEnv({ COD_MAX_ORDER_VND: "0" }, false)).toThrow("COD_MAX")
    expect(readPaymentsEnv({ COD_MAX_ORDER_VND: "3.000.000" }, false).codMaxOrderVnd).toBe(
      3_000_000
    )
  })

  it("register Stripe only with STRIPE_API_KEY, and need its webhook secret in production", () => {
    const dev = readPaymentsEnv({ STRIPE_API_KEY: "sk_test_1" }, false)
    expect(dev.stripe).toEqual({ apiKey: "sk_test_1", webhookSecret: undefined, capture: true })
    const stripe = paymentProviders(dev).find((p) => p.id === "stripe")
    expect(stripe).toMatchObject({
      resolve: "@medusajs/medusa/payment-stripe",
      options: { apiKey: "sk_test_1", capture: true },
    })
    expect(() => readPaymentsEnv({ ...production, STRIPE_API_KEY: "sk_live_1" }, true)).toThrow(
      "STRIPE_WEBHOOK_SECRET"
    )
    const manual = readPaymentsEnv({ STRIPE_API_KEY: "sk", STRIPE_CAPTURE: "false" }, false)
    expect(manual.stripe?.capture).toBe(false)
    expect(() => readPaymentsEnv({ STRIPE_API_KEY: "sk", STRIPE_CAPTURE: "yes" }, false)).toThrow()
  })
})
