import { cardErrorKey } from "../app/features/checkout/card-errors"
import { en } from "../app/i18n/en"
import { vi } from "../app/i18n/vi"

describe("card payment errors", () => {
  it("word Stripe's card errors in the shopper's language, a generic 'not charged' otherwise", () => {
    const cases = [
      [
        { type: "card_error", code: "card_declined", decline_code: "generic_decline" },
        "cardDeclined",
      ],
      [
        { type: "card_error", code: "card_declined", decline_code: "insufficient_funds" },
        "cardFunds",
      ],
      [{ type: "card_error", code: "expired_card" }, "cardExpired"],
      [{ type: "card_error", code: "incorrect_cvc" }, "cardInvalid"],
      [{ type: "api_connection_error" }, "cardFailed"],
    ] as const
    for (const [error, key] of cases) {
      expect(cardErrorKey(error)).toBe(key)
      const messages = [vi, en].map(
        (catalog) => (catalog.checkout.errors as Record<string, string>)[key]
      )
      expect(messages.every((message) => typeof message === "string" && message.length > 10)).toBe(
        true
      )
    }
    expect(vi.checkout.errors.cardDeclined).toMatch(/bị từ chối/)
    expect(en.checkout.errors.cardDeclined).toMatch(/declined/)
  })
})
