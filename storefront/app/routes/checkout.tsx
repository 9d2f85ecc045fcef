import { lazy, Suspense, useCallback, useEffect, useRef, useState } from "react"
import { useTranslation } from "react-i18next"
import { Form, redirect, useNavigation, useSubmit } from "react-router"
import { CartLines } from "../features/cart/cart-lines"
import { completeCardOrder, loadCheckout, placeOrder } from "../features/checkout/checkout.server"
import {
  type CardPaymentRequest,
  type CheckoutField,
  type CheckoutValues,
  COD_PROVIDER,
  COMPLETE_CARD_INTENT,
  PROVIDER_KEYS,
  STRIPE_PROVIDER,
  VIETQR_PROVIDER,
} from "../features/checkout/checkout-types"
import { Field } from "../features/checkout/field"
import { formatPrice } from "../lib/format"
import { useLocale } from "../lib/locale"
import { localePath } from "../lib/paths"
import { seoMeta } from "../lib/seo"
import { fromBackend } from "../lib/server/backend.server"
import { pageContext } from "../lib/server/page.server"
import { Price } from "../ui/price"
import type { Route } from "./+types/checkout"

// The province → ward selectors (and the query client code they fetch wards with) load apart
// from the page's first script; the server renders them in place all the same.
const AddressUnits = lazy(() => import("../features/checkout/ward-select"))
// Stripe.js and its React bindings: loaded only when the shopper picks the card.
const CardPayment = lazy(() => import("../features/checkout/card-payment"))

export async function loader({ request, context }: Route.LoaderArgs) {
  const ctx = await pageContext(request, context)
  const data = await fromBackend(() => loadCheckout(request, ctx))
  if (!data) throw redirect(localePath(ctx.locale, "/cart"))
  return {
    ...data,
    seo: seoMeta({
      title: `${ctx.t("checkout.title")} · ${ctx.t("meta.siteName")}`,
      description: ctx.t("meta.tagline"),
      origin: ctx.origin,
      path: "/checkout",
      locale: ctx.locale,
      siteName: ctx.t("meta.siteName"),
      noindex: true,
    }),
  }
}

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = await pageContext(request, context)
  const data = await fromBackend(() => loadCheckout(request.clone(), ctx))
  if (!data) throw redirect(localePath(ctx.locale, "/cart"))
  const intent = (await request.clone().formData()).get("intent")
  if (intent === COMPLETE_CARD_INTENT) return completeCardOrder(request, ctx, data)
  return placeOrder(request, ctx, data)
}

export const meta: Route.MetaFunction = ({ loaderData }) => loaderData?.seo ?? []

function Step({
  number,
  title,
  children,
}: {
  number: number
  title: string
  children: React.ReactNode
}) {
  const id = `step-${number}`
  return (
    <section className="step" aria-labelledby={id}>
      <h2 id={id}>
        <span className="step-number" aria-hidden="true">
          {number}
        </span>
        {title}
      </h2>
      {children}
    </section>
  )
}

export default function Checkout({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation()
  const locale = useLocale()
  const navigation = useNavigation()
  const submit = useSubmit()
  const formRef = useRef<HTMLFormElement>(null)
  const { cart, shippingOptions, providers, hasAlcohol, provinces, wards, stripePublishableKey } =
    loaderData
  const values: CheckoutValues = actionData?.values ?? loaderData.values
  const errors = actionData?.fieldErrors ?? {}
  const error = (field: CheckoutField) => {
    const key = errors[field]
    return key ? t(`checkout.errors.${key}`) : undefined
  }
  const [optionId, setOptionId] = useState(
    values.shipping_option_id || shippingOptions[0]?.id || ""
  )
  const [provinceCode, setProvinceCode] = useState(values.province_code)
  const [providerId, setProviderId] = useState(
    values.provider_id || (hasAlcohol ? VIETQR_PROVIDER : providers[0]) || ""
  )
  const [einvoice, setEinvoice] = useState(values.einvoice)
  const option = shippingOptions.find((candidate) => candidate.id === optionId)
  const shipping = option?.amount ?? 0

  // Card: the first post readies the cart and returns the payment to confirm; Stripe.js confirms
  // it here; a second post completes the cart. A failure leaves the cart open to pay again.
  const [cardRequest, setCardRequest] = useState<CardPaymentRequest | null>(null)
  const [cardError, setCardError] = useState<string | null>(null)
  const [cardComplete, setCardComplete] = useState(false)
  useEffect(() => {
    setCardRequest(actionData?.cardPayment ?? null)
    setCardError(null)
  }, [actionData])
  const onCardConfirmed = useCallback(() => {
    setCardRequest(null)
    const form = new FormData(formRef.current ?? undefined)
    form.set("intent", COMPLETE_CARD_INTENT)
    submit(form, { method: "post" })
  }, [submit])
  const onCardFailed = useCallback((errorKey: string) => {
    setCardRequest(null)
    setCardError(errorKey)
  }, [])
  const card = providerId === STRIPE_PROVIDER && stripePublishableKey !== null
  const busy = navigation.state !== "idle" || (card && cardRequest !== null)
  const formError = actionData?.formErrorKey
    ? t(`checkout.errors.${actionData.formErrorKey}`)
    : actionData?.formError
  return (
    <Form
      method="post"
      className="checkout"
      noValidate
      ref={formRef}
      onSubmit={(event) => {
        if (card && !cardComplete) {
          event.preventDefault()
          setCardError("cardIncomplete")
        }
      }}
    >
      <h1>{t("checkout.title")}</h1>
      {formError && (
        <p className="notice notice-warning" role="alert" data-testid="checkout-error">
          {formError}
        </p>
      )}

      <Step number={1} title={t("checkout.contact")}>
        <Field
          name="full_name"
          label={t("checkout.fullName")}
          autoComplete="name"
          defaultValue={values.full_name}
          error={error("full_name")}
          required
        />
        <Field
          name="phone"
          label={t("checkout.phone")}
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          defaultValue={values.phone}
          error={error("phone")}
          hint={t("checkout.phoneHint")}
          required
        />
        <Field
          name="email"
          label={t("checkout.email")}
          type="email"
          autoComplete="email"
          defaultValue={values.email}
          error={error("email")}
          required
        />
      </Step>

      <Step number={2} title={t("checkout.delivery")}>
        <fieldset className="choices">
          <legend className="visually-hidden">{t("checkout.delivery")}</legend>
          {shippingOptions.map((candidate) => (
            <label
              key={candidate.id}
              className="choice"
              data-testid={`shipping-${candidate.pickup ? "pickup" : "delivery"}`}
            >
              <input
                type="radio"
                name="shipping_option_id"
                value={candidate.id}
                checked={candidate.id === optionId}
                onChange={() => setOptionId(candidate.id)}
              />
              <span>
                <strong>{candidate.name}</strong>
                <br />
                <span className="muted">
                  {candidate.pickup ? t("checkout.pickupNote") : t("checkout.deliveryNote")}
                </span>
              </span>
              <span className="choice-price">
                {candidate.amount === 0 ? t("checkout.free") : formatPrice(candidate.amount)}
              </span>
            </label>
          ))}
        </fieldset>
        {error("shipping_option_id") && (
          <p className="field-error">{error("shipping_option_id")}</p>
        )}
        {!option?.pickup && (
          <div className="address" data-testid="address-fields">
            <Suspense fallback={null}>
              <AddressUnits
                provinces={provinces}
                initialWards={wards}
                provinceCode={provinceCode}
                wardCode={values.ward_code}
                onProvinceChange={setProvinceCode}
                errors={{ province: error("province_code"), ward: error("ward_code") }}
              />
            </Suspense>
            <Field
              name="address_line"
              label={t("checkout.addressLine")}
              autoComplete="street-address"
              defaultValue={values.address_line}
              error={error("address_line")}
              hint={t("checkout.addressHint")}
            />
          </div>
        )}
      </Step>

      <Step number={3} title={t("checkout.payment")}>
        {hasAlcohol && (
          <div className="notice notice-warning" data-testid="alcohol-rules">
            <p>{t("checkout.alcoholRules")}</p>
            <label className="choice">
              <input
                type="checkbox"
                name="age_confirmed"
                defaultChecked={values.age_confirmed}
                data-testid="age-confirm"
              />
              <span>{t("checkout.ageConfirm")}</span>
            </label>
            {error("age_confirmed") && <p className="field-error">{error("age_confirmed")}</p>}
          </div>
        )}
        <fieldset className="choices">
          <legend className="visually-hidden">{t("checkout.payment")}</legend>
          {providers.map((id) => {
            const blocked = hasAlcohol && id === COD_PROVIDER
            return (
              <label
                key={id}
                className={blocked ? "choice choice-disabled" : "choice"}
                data-testid={`payment-${id}`}
              >
                <input
                  type="radio"
                  name="provider_id"
                  value={id}
                  checked={id === providerId}
                  disabled={blocked}
                  onChange={() => setProviderId(id)}
                />
                <span>
                  <strong>{t(`checkout.providers.${PROVIDER_KEYS[id]}`)}</strong>
                  <br />
                  <span className="muted">
                    {blocked
                      ? t("checkout.codBlocked")
                      : t(`checkout.providerNotes.${PROVIDER_KEYS[id]}`)}
                  </span>
                </span>
              </label>
            )
          })}
        </fieldset>
        {error("provider_id") && <p className="field-error">{error("provider_id")}</p>}
        {card && stripePublishableKey && (
          <Suspense fallback={<p className="muted">{t("checkout.cardLoading")}</p>}>
            <CardPayment
              publishableKey={stripePublishableKey}
              locale={locale}
              request={cardRequest}
              onCompleteChange={setCardComplete}
              onConfirmed={onCardConfirmed}
              onFailed={onCardFailed}
            />
          </Suspense>
        )}
        {card && cardError && (
          <p className="field-error" role="alert" data-testid="card-error">
            {t(`checkout.errors.${cardError}`)}
          </p>
        )}

        <label className="choice">
          <input
            type="checkbox"
            name="einvoice"
            checked={einvoice}
            onChange={(event) => setEinvoice(event.target.checked)}
          />
          <span>{t("checkout.einvoice")}</span>
        </label>
        {einvoice && (
          <div className="einvoice">
            <Field
              name="einvoice_tax_id"
              label={t("checkout.taxId")}
              defaultValue={values.einvoice_tax_id}
              error={error("einvoice_tax_id")}
              hint={t("checkout.taxIdHint")}
              inputMode="numeric"
            />
            <Field
              name="einvoice_company"
              label={t("checkout.company")}
              defaultValue={values.einvoice_company}
              error={error("einvoice_company")}
              autoComplete="organization"
            />
            <Field
              name="einvoice_name"
              label={t("checkout.buyerName")}
              defaultValue={values.einvoice_name}
              error={error("einvoice_name")}
            />
            <Field
              name="einvoice_address"
              label={t("checkout.invoiceAddress")}
              defaultValue={values.einvoice_address}
              error={error("einvoice_address")}
            />
          </div>
        )}
      </Step>

      <section className="step" aria-labelledby="summary-heading">
        <h2 id="summary-heading">{t("checkout.summary")}</h2>
        <CartLines cart={cart} />
        <dl className="totals" data-testid="checkout-totals">
          <dt>{t("cart.subtotal")}</dt>
          <dd>
            <Price amount={cart.itemTotal} />
          </dd>
          <dt>{t("checkout.shippingFee")}</dt>
          <dd>{shipping === 0 ? t("checkout.free") : formatPrice(shipping)}</dd>
          <dt className="grand">{t("checkout.total")}</dt>
          <dd className="grand" data-testid="checkout-total">
            {formatPrice(cart.itemTotal + shipping)}
          </dd>
        </dl>
        <p className="muted">{t("checkout.vatIncluded")}</p>
        <button
          type="submit"
          className="button button-large"
          disabled={busy}
          data-testid="place-order"
        >
          {busy ? t("checkout.placing") : t("checkout.placeOrder")}
        </button>
        <p className="muted">
          <a href={localePath(locale, "/info/returns")}>{t("footer.returns")}</a>
        </p>
      </section>
    </Form>
  )
}
