/** Shared by the checkout page and its server module (no server code here). */
export const COD_PROVIDER = "pp_cod_cod"
export const VIETQR_PROVIDER = "pp_vietqr_vietqr"
/** Payment methods this storefront can take: card needs Stripe.js, which this shop does not load. */
export const SUPPORTED_PROVIDERS = [VIETQR_PROVIDER, COD_PROVIDER]

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
