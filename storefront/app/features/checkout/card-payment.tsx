import { CardElement, Elements, useElements, useStripe } from "@stripe/react-stripe-js"
import { loadStripe } from "@stripe/stripe-js/pure"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import type { Locale } from "../../i18n"
import { cardErrorKey } from "./card-errors"
import type { CardPaymentRequest } from "./checkout-types"

export interface CardPaymentProps {
  publishableKey: string
  locale: Locale
  /** Set by the first post: the payment to confirm (a new object for each attempt). */
  request: CardPaymentRequest | null
  onCompleteChange: (complete: boolean) => void
  onConfirmed: () => void
  /** The i18n key (checkout.errors.*) of what went wrong. */
  onFailed: (errorKey: string) => void
}

function ConfirmCard({
  request,
  onConfirmed,
  onFailed,
}: Pick<CardPaymentProps, "request" | "onConfirmed" | "onFailed">) {
  const stripe = useStripe()
  const elements = useElements()
  useEffect(() => {
    if (!request || !stripe || !elements) return
    const card = elements.getElement(CardElement)
    if (!card) return
    let current = true
    stripe
      .confirmCardPayment(request.clientSecret, {
        payment_method: { card, billing_details: request.billing },
      })
      .then(
        (result) => {
          if (!current) return
          if (result.error) onFailed(cardErrorKey(result.error))
          else onConfirmed()
        },
        () => current && onFailed("cardFailed")
      )
    return () => {
      current = false
    }
  }, [request, stripe, elements, onConfirmed, onFailed])
  return null
}

/**
 * The card form (Stripe's Card Element) of the checkout. This module, @stripe/react-stripe-js
 * and Stripe.js itself load only when the shopper picks the card: no other page, and no other
 * payment choice, carries them.
 */
export default function CardPayment({
  publishableKey,
  locale,
  request,
  onCompleteChange,
  onConfirmed,
  onFailed,
}: CardPaymentProps) {
  const { t } = useTranslation()
  const [stripe] = useState(() => loadStripe(publishableKey, { locale }))
  const [loadFailed, setLoadFailed] = useState(false)
  useEffect(() => {
    let current = true
    stripe.catch(() => current && setLoadFailed(true))
    return () => {
      current = false
    }
  }, [stripe])
  if (loadFailed) {
    return (
      <p className="field-error" role="alert">
        {t("checkout.errors.cardUnavailable")}
      </p>
    )
  }
  return (
    <Elements stripe={stripe} options={{ locale }}>
      <fieldset className="field card-fields">
        <legend>{t("checkout.cardDetails")}</legend>
        <div className="card-element" data-testid="card-element">
          <CardElement
            options={{ hidePostalCode: true }}
            onChange={(event) => onCompleteChange(event.complete)}
          />
        </div>
      </fieldset>
      <ConfirmCard request={request} onConfirmed={onConfirmed} onFailed={onFailed} />
    </Elements>
  )
}
