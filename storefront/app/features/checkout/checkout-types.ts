/** Shared by the checkout page and its server module (no server code here). */
export const COD_PROVIDER = "pp_cod_cod"
export const VIETQR_PROVIDER = "pp_vietqr_vietqr"
/** Medusa's Stripe provider: offered only with STRIPE_PUBLISHABLE_KEY (Stripe.js needs it). */
export const STRIPE_PROVIDER = "pp_stripe_stripe"
/** Payment methods this storefront can take, in the order they are offered. */
export const SUPPORTED_PROVIDERS = [VIETQR_PROVIDER, COD_PROVIDER, STRIPE_PROVIDER]

/** The i18n key (checkout.providers.*) of each provider. */
export const PROVIDER_KEYS: Record<string, "cod" | "vietqr" | "card"> = {
  [COD_PROVIDER]: "cod",
  [VIETQR_PROVIDER]: "vietqr",
  [STRIPE_PROVIDER]: "card",
}

/** The card payment the browser confirms with Stripe.js before the cart is completed. */
export interface CardPaymentRequest {
  clientSecret: string
  billing: { name: string; email: string; phone: string }
}

/** The second post of a card checkout, once Stripe.js has confirmed the payment. */
export const COMPLETE_CARD_INTENT = "complete-card"

export interface ShippingChoice {
  id: string
  name: string
  amount: number
  pickup: boolean
}

export interface CheckoutValues {
  email: string
  phone: string
  full_name: string
  shipping_option_id: string
  province_code: string
  ward_code: string
  address_line: string
  provider_id: string
  age_confirmed: boolean
  birth_date: string
  einvoice: boolean
  einvoice_tax_id: string
  einvoice_company: string
  einvoice_name: string
  einvoice_address: string
}

export type CheckoutField = keyof CheckoutValues
