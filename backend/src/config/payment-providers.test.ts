import { readCodOptions } from "../modules/cod-payment/options"
import { readStripeOptions } from "../modules/stripe-payment/options"
import { readVietQrOptions } from "../modules/vietqr-payment/options"
import { paymentProviders } from "./payment-providers"

const vietqr = readVietQrOptions({}, { strict: false, production: false }).value
const cod = readCodOptions({}).value

describe("payment providers in medusa-config", () => {
  it("register VietQR and COD from their modules, Stripe only with STRIPE_API_KEY", () => {
    expect(paymentProviders({ vietqr, cod })).toEqual([
      { resolve: "./src/modules/vietqr-payment", id: "vietqr", options: vietqr },
      { resolve: "./src/modules/cod-payment", id: "cod", options: cod },
    ])
    const stripe = readStripeOptions({ STRIPE_API_KEY: "sk_test_1" }, false)
    expect(stripe).toEqual({
      value: { apiKey: "sk_test_1", webhookSecret: undefined, capture: true },
      problems: [],
    })
    expect(paymentProviders({ vietqr, cod, stripe: stripe.value })[2]).toMatchObject({
      resolve: "./src/modules/stripe-payment",
      id: "stripe",
      options: { apiKey: "sk_test_1", capture: true },
    })
    expect(readStripeOptions({}, true).value).toBeUndefined()
  })

  it("need Stripe's webhook secret in production and a true/false capture", () => {
    expect(readStripeOptions({ STRIPE_API_KEY: "sk_live_1" }, true).problems).toEqual([
      expect.stringContaining("STRIPE_WEBHOOK_SECRET"),
    ])
    const manual = readStripeOptions({ STRIPE_API_KEY: "sk", STRIPE_CAPTURE: "false" }, false)
    expect(manual.value?.capture).toBe(false)
    expect(
      readStripeOptions({ STRIPE_API_KEY: "sk", STRIPE_CAPTURE: "yes" }, false).problems
    ).toEqual([expect.stringContaining("STRIPE_CAPTURE")])
  })

  it("point the Stripe client at STRIPE_API_BASE_URL (stripe-mock, tests), never in production", () => {
    const local = readStripeOptions(
      { STRIPE_API_KEY: "sk_test_1", STRIPE_API_BASE_URL: "http://127.0.0.1:12111" },
      false
    )
    expect(local.problems).toEqual([])
    expect(local.value?.apiBase).toEqual({ protocol: "http", host: "127.0.0.1", port: 12111 })
    expect(paymentProviders({ vietqr, cod, stripe: local.value })[2]?.options).toMatchObject({
      apiBase: { protocol: "http", host: "127.0.0.1", port: 12111 },
    })
    expect(
      readStripeOptions({ STRIPE_API_KEY: "sk", STRIPE_API_BASE_URL: "https://mock.test" }, false)
        .value?.apiBase
    ).toEqual({ protocol: "https", host: "mock.test", port: 443 })
    for (const bad of ["127.0.0.1:12111", "ftp://x", "http://x/v1"]) {
      expect(
        readStripeOptions({ STRIPE_API_KEY: "sk", STRIPE_API_BASE_URL: bad }, false).problems
      ).toEqual([expect.stringContaining("STRIPE_API_BASE_URL")])
    }
    expect(
      readStripeOptions(
        {
          STRIPE_API_KEY: "sk",
          STRIPE_WEBHOOK_SECRET: "whsec",
          STRIPE_API_BASE_URL: "http://127.0.0.1:12111",
        },
        true
      ).problems
    ).toEqual([expect.stringContaining("unset it in production")])
  })
})
