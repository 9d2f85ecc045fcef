import { appEnv, type StackApp } from "../src/stack/apps.js"

const app = (label: StackApp["label"]): StackApp => ({
  label,
  dir: `/checkout/${label}`,
  port: 5184,
  url: "http://localhost:5184",
})

describe("what npm start passes to each app", () => {
  it("gives the storefront the backend URL and the web store's publishable key at run time", () => {
    expect(appEnv(app("storefront"), "http://localhost:9104", "pk_web", {})).toEqual({
      PORT: "5184",
      VITE_BACKEND_URL: "http://localhost:9104",
      MEDUSA_BACKEND_URL: "http://localhost:9104",
      MEDUSA_PUBLISHABLE_KEY: "pk_web",
    })
  })

  it("passes Stripe's publishable key to the storefront when the shop has Stripe", () => {
    expect(
      appEnv(app("storefront"), "http://localhost:9104", "pk_web", {
        STRIPE_PUBLISHABLE_KEY: "pk_test_shop",
      }).STRIPE_PUBLISHABLE_KEY
    ).toBe("pk_test_shop")
    expect(
      appEnv(app("POS"), "http://localhost:9104", "pk_web", {
        STRIPE_PUBLISHABLE_KEY: "pk_test_shop",
      })
    ).not.toHaveProperty("STRIPE_PUBLISHABLE_KEY")
  })

  it("leaves the key out when the database has none (the storefront then names what is missing)", () => {
    expect(appEnv(app("storefront"), "http://localhost:9104", null)).not.toHaveProperty(
      "MEDUSA_PUBLISHABLE_KEY"
    )
  })

  it("does not hand the web store's key to the POS", () => {
    expect(appEnv(app("POS"), "http://localhost:9104", "pk_web", {})).toEqual({
      PORT: "5184",
      VITE_BACKEND_URL: "http://localhost:9104",
    })
  })
})
