import type { StripeError } from "@stripe/stripe-js"

/** Stripe's card error codes worded in the shopper's language; the rest are "not charged". */
export function cardErrorKey(error: Pick<StripeError, "code" | "decline_code" | "type">): string {
  if (error.code === "card_declined") {
    return error.decline_code === "insufficient_funds" ? "cardFunds" : "cardDeclined"
  }
  if (error.code === "expired_card") return "cardExpired"
  if (
    error.code === "incorrect_number" ||
    error.code === "invalid_number" ||
    error.code === "incorrect_cvc" ||
    error.code === "invalid_cvc" ||
    error.code === "invalid_expiry_month" ||
    error.code === "invalid_expiry_year"
  ) {
    return "cardInvalid"
  }
  return "cardFailed"
}
