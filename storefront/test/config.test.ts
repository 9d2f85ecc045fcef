import { MissingConfigError, readStorefrontConfig } from "../app/lib/server/config.server"

describe("runtime configuration", () => {
  it("reads the backend URL and publishable key from the environment", () => {
    expect(
      readStorefrontConfig({
        MEDUSA_BACKEND_URL: "http://backend:9000/",
        MEDUSA_PUBLISHABLE_KEY: " pk_1 ",
      })
    ).toEqual({
      backendUrl: "http://backend:9000",
      publishableKey: "pk_1",
      stripePublishableKey: null,
    })
  })

  it("takes Stripe's publishable key when set, and refuses a secret key there", () => {
    const base = { MEDUSA_BACKEND_URL: "http://x", MEDUSA_PUBLISHABLE_KEY: "pk_1" }
    expect(
      readStorefrontConfig({ ...base, STRIPE_PUBLISHABLE_KEY: " pk_test_9 " }).stripePublishableKey
    ).toBe("pk_test_9")
    expect(() => readStorefrontConfig({ ...base, STRIPE_PUBLISHABLE_KEY: "sk_test_9" })).toThrow(
      /STRIPE_PUBLISHABLE_KEY must be Stripe's publishable key/
    )
  })

  it("names every missing variable and what to put in it", () => {
    expect(() => readStorefrontConfig({})).toThrow(MissingConfigError)
    expect(() => readStorefrontConfig({})).toThrow(
      /MEDUSA_BACKEND_URL is not set .*; MEDUSA_PUBLISHABLE_KEY is not set \(the web store/
    )
    expect(() => readStorefrontConfig({ MEDUSA_BACKEND_URL: "http://x" })).toThrow(
      /^The storefront cannot start: MEDUSA_PUBLISHABLE_KEY is not set/
    )
  })

  it("refuses a backend URL that is not a URL", () => {
    expect(() =>
      readStorefrontConfig({ MEDUSA_BACKEND_URL: "localhost 9000", MEDUSA_PUBLISHABLE_KEY: "pk_1" })
    ).toThrow(/"localhost 9000" is not a URL/)
  })
})
