import type { HttpTypes } from "@medusajs/types"
import { codAllowedFor, parseVnMobile, validateTaxId } from "@ocop/core"
import { redirect } from "react-router"
import { localePath } from "../../lib/paths"
import { findProvince, findWard, listProvinces, listWards } from "../../lib/server/addresses.server"
import { backendRefusal } from "../../lib/server/backend.server"
import { readStorefrontConfig } from "../../lib/server/config.server"
import type { PageContext } from "../../lib/server/page.server"
import { CART_FIELDS, cartCookies, currentCart } from "../cart/cart.server"
import { type CartView, toCartView } from "../cart/cart-view"
import {
  type CardPaymentRequest,
  type CheckoutField,
  type CheckoutValues,
  type ShippingChoice,
  STRIPE_PROVIDER,
  SUPPORTED_PROVIDERS,
} from "./checkout-types"

export interface CheckoutData {
  cart: CartView
  shippingOptions: ShippingChoice[]
  providers: string[]
  hasAlcohol: boolean
  provinces: { code: string; name: string }[]
  /** Wards of the province already on the cart (the rest load when a province is chosen). */
  wards: { code: string; name: string }[]
  values: CheckoutValues
  /** Stripe's publishable key when the card is offered (Stripe.js loads only then). */
  stripePublishableKey: string | null
}

function shippingChoice(option: HttpTypes.StoreCartShippingOption): ShippingChoice {
  const set = (option as { service_zone?: { fulfillment_set?: { type?: string } } }).service_zone
    ?.fulfillment_set
  return {
    id: option.id,
    name: option.name,
    amount: Math.round(Number(option.amount ?? 0)),
    pickup: set?.type === "pickup",
  }
}

/** True when a line of the cart is an alcoholic drink (no COD, age confirmation first). */
async function cartHasAlcohol(ctx: PageContext, cart: CartView): Promise<boolean> {
  const handles = [...new Set(cart.lines.flatMap((line) => (line.handle ? [line.handle] : [])))]
  const products = await Promise.all(
    handles.map((handle) => ctx.catalog.retrieveProduct(handle).then((r) => r.product))
  )
  return !codAllowedFor(
    products.map((product) => ({ is_alcohol: product.is_alcohol, abv: product.abv }))
  )
}

function valuesFromCart(cart: HttpTypes.StoreCart): CheckoutValues {
  const address = cart.shipping_address
  const metadata = (address?.metadata ?? {}) as Record<string, unknown>
  return {
    email: cart.email ?? "",
    phone: address?.phone ?? "",
    full_name: [address?.first_name, address?.last_name].filter(Boolean).join(" "),
    shipping_option_id: cart.shipping_methods?.[0]?.shipping_option_id ?? "",
    province_code: typeof metadata.province_code === "string" ? metadata.province_code : "",
    ward_code: typeof metadata.ward_code === "string" ? metadata.ward_code : "",
    address_line: metadata.pickup ? "" : (address?.address_1 ?? ""),
    provider_id: "",
    age_confirmed: false,
    birth_date: "",
    einvoice: false,
    einvoice_tax_id: "",
    einvoice_company: "",
    einvoice_name: "",
    einvoice_address: "",
  }
}

export async function loadCheckout(
  request: Request,
  ctx: PageContext
): Promise<CheckoutData | null> {
  const cart = await currentCart(request, ctx.backend)
  if (!cart || (cart.items ?? []).length === 0) return null
  const view = toCartView(cart)
  const [options, providers, hasAlcohol] = await Promise.all([
    ctx.backend.medusa.store.fulfillment.listCartOptions({ cart_id: cart.id }),
    ctx.backend.medusa.store.payment.listPaymentProviders({ region_id: cart.region_id ?? "" }),
    cartHasAlcohol(ctx, view),
  ])
  const values = valuesFromCart(cart)
  const { stripePublishableKey } = readStorefrontConfig()
  const offered = SUPPORTED_PROVIDERS.filter(
    (id) =>
      providers.payment_providers.some((provider) => provider.id === id) &&
      // a card needs Stripe.js, and Stripe.js needs the publishable key
      (id !== STRIPE_PROVIDER || stripePublishableKey !== null)
  )
  return {
    cart: view,
    shippingOptions: options.shipping_options
      .map(shippingChoice)
      .sort((a, b) => Number(a.pickup) - Number(b.pickup)),
    providers: offered,
    stripePublishableKey: offered.includes(STRIPE_PROVIDER) ? stripePublishableKey : null,
    hasAlcohol,
    provinces: listProvinces(),
    wards: values.province_code
      ? listWards(values.province_code).map(({ code, name }) => ({ code, name }))
      : [],
    values,
  }
}

function readValues(form: FormData): CheckoutValues {
  const text = (name: string) =>
    String(form.get(name) ?? "")
      .trim()
      .normalize("NFC")
  return {
    email: text("email"),
    phone: text("phone"),
    full_name: text("full_name"),
    shipping_option_id: text("shipping_option_id"),
    province_code: text("province_code"),
    ward_code: text("ward_code"),
    address_line: text("address_line"),
    provider_id: text("provider_id"),
    age_confirmed: form.get("age_confirmed") === "on",
    birth_date: text("birth_date"),
    einvoice: form.get("einvoice") === "on",
    einvoice_tax_id: text("einvoice_tax_id"),
    einvoice_company: text("einvoice_company"),
    einvoice_name: text("einvoice_name"),
    einvoice_address: text("einvoice_address"),
  }
}

export interface CheckoutFailure {
  values: CheckoutValues
  /** i18n keys under checkout.errors, per field. */
  fieldErrors: Partial<Record<CheckoutField, string>>
  /** The backend's own refusal (e.g. the alcohol rule), shown as it came. */
  formError: string | null
  /** i18n key under checkout.errors for a failure worded by us (a card not confirmed). */
  formErrorKey?: string
  /** Card: everything is on the cart; the browser confirms this payment, then completes. */
  cardPayment?: CardPaymentRequest
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

function validate(
  values: CheckoutValues,
  data: CheckoutData
): Partial<Record<CheckoutField, string>> {
  const errors: Partial<Record<CheckoutField, string>> = {}
  if (!EMAIL.test(values.email)) errors.email = "email"
  if (!parseVnMobile(values.phone).ok) errors.phone = "phone"
  if (values.full_name.length < 2) errors.full_name = "fullName"
  const option = data.shippingOptions.find(
    (candidate) => candidate.id === values.shipping_option_id
  )
  if (!option) errors.shipping_option_id = "shipping"
  if (option && !option.pickup) {
    if (!findProvince(values.province_code)) errors.province_code = "province"
    const ward = findWard(values.ward_code)
    if (!ward || ward.provinceCode !== values.province_code) errors.ward_code = "ward"
    if (values.address_line.length < 3) errors.address_line = "address"
  }
  if (!data.providers.includes(values.provider_id)) errors.provider_id = "payment"
  // The page offers no COD for alcohol; the backend refuses it anyway and its words are shown.
  if (data.hasAlcohol && !values.age_confirmed) errors.age_confirmed = "age"
  if (values.einvoice) {
    const taxId = values.einvoice_tax_id ? validateTaxId(values.einvoice_tax_id) : null
    if (taxId && !taxId.ok) errors.einvoice_tax_id = "taxId"
    const company = taxId?.ok === true && taxId.kind !== "personal"
    if (company && !values.einvoice_company) errors.einvoice_company = "company"
    if (!company && !values.einvoice_name) errors.einvoice_name = "buyerName"
    if (taxId && !values.einvoice_address) errors.einvoice_address = "address"
  }
  return errors
}

function shippingAddress(values: CheckoutValues, option: ShippingChoice) {
  const phone = parseVnMobile(values.phone)
  const common = {
    first_name: values.full_name,
    phone: phone.ok ? phone.value : values.phone,
    country_code: "vn",
  }
  if (option.pickup) {
    // collected at the store: the order's address is the store, named by the option
    return {
      ...common,
      address_1: option.name,
      city: "Lạng Sơn",
      province: "Lạng Sơn",
      metadata: { pickup: true },
    }
  }
  const province = findProvince(values.province_code)
  const ward = findWard(values.ward_code)
  return {
    ...common,
    address_1: values.address_line,
    city: ward?.name ?? "",
    province: province?.name ?? "",
    metadata: {
      province_code: values.province_code,
      ward_code: values.ward_code,
      // the 2025 units: codes were reused across the reform
      address_schema: "2025",
    },
  }
}

/**
 * Places the order from the one-page checkout: contact and address on the cart, the delivery or
 * pick-up option, the alcohol age confirmation, the e-invoice request, the payment session, then
 * completion. The backend checks every rule again; its refusal is shown as it words it.
 */
export async function placeOrder(
  request: Request,
  ctx: PageContext,
  data: CheckoutData
): Promise<CheckoutFailure | Response> {
  const values = readValues(await request.formData())
  const fieldErrors = validate(values, data)
  if (Object.keys(fieldErrors).length > 0) return { values, fieldErrors, formError: null }
  const option = data.shippingOptions.find(
    (candidate) => candidate.id === values.shipping_option_id
  )
  if (!option) return { values, fieldErrors: { shipping_option_id: "shipping" }, formError: null }
  const { medusa, checkout } = ctx.backend
  const cartId = data.cart.id
  try {
    const address = shippingAddress(values, option)
    await medusa.store.cart.update(cartId, {
      email: values.email,
      shipping_address: address,
      billing_address: address,
    })
    await medusa.store.cart.addShippingMethod(cartId, { option_id: option.id })
    if (data.hasAlcohol) {
      await checkout.confirmAge(
        cartId,
        values.birth_date ? { birth_date: values.birth_date } : { confirmed_adult: true }
      )
    }
    if (values.einvoice) {
      await checkout.requestEinvoice(cartId, {
        email: values.email,
        ...(values.einvoice_tax_id ? { buyer_tax_id: values.einvoice_tax_id } : {}),
        ...(values.einvoice_company ? { company_name: values.einvoice_company } : {}),
        ...(values.einvoice_name ? { buyer_name: values.einvoice_name } : {}),
        ...(values.einvoice_address ? { address: values.einvoice_address } : {}),
      })
    }
    const { cart } = await medusa.store.cart.retrieve(cartId, { fields: CART_FIELDS })
    const { payment_collection } = await medusa.store.payment.initiatePaymentSession(cart, {
      provider_id: values.provider_id,
    })
    if (values.provider_id === STRIPE_PROVIDER) {
      const session = payment_collection.payment_sessions?.find(
        (candidate) => candidate.provider_id === STRIPE_PROVIDER
      )
      const clientSecret = session?.data?.client_secret
      if (typeof clientSecret !== "string") {
        return { values, fieldErrors: {}, formError: null, formErrorKey: "cardFailed" }
      }
      const phone = parseVnMobile(values.phone)
      return {
        values,
        fieldErrors: {},
        formError: null,
        cardPayment: {
          clientSecret,
          billing: {
            name: values.full_name,
            email: values.email,
            phone: phone.ok ? phone.value : values.phone,
          },
        },
      }
    }
    return await completeOrder(ctx, cartId, values)
  } catch (error) {
    const refusal = backendRefusal(error)
    if (!refusal) throw error
    return { values, fieldErrors: {}, formError: refusal.message }
  }
}

async function completeOrder(
  ctx: PageContext,
  cartId: string,
  values: CheckoutValues
): Promise<CheckoutFailure> {
  const completed = await ctx.backend.medusa.store.cart.complete(cartId)
  if (completed.type !== "order") {
    return { values, fieldErrors: {}, formError: completed.error?.message ?? null }
  }
  throw redirect(localePath(ctx.locale, `/orders/${completed.order.id}`), {
    headers: await cartCookies(null),
  })
}

/**
 * The second post of a card checkout, after Stripe.js confirmed the payment in the browser: the
 * backend asks Stripe whether the intent is paid (authorizes the session) and places the order.
 * Nothing from the browser is trusted here; an unpaid intent leaves the cart open and payable.
 */
export async function completeCardOrder(
  request: Request,
  ctx: PageContext,
  data: CheckoutData
): Promise<CheckoutFailure | Response> {
  const values = readValues(await request.formData())
  try {
    const failure = await completeOrder(ctx, data.cart.id, values)
    return { ...failure, formError: null, formErrorKey: "cardFailed" }
  } catch (error) {
    const refusal = backendRefusal(error)
    if (!refusal) throw error
    return { values, fieldErrors: {}, formError: null, formErrorKey: "cardFailed" }
  }
}
