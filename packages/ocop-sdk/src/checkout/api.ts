import type { MedusaClient } from "../http.js"
import type {
  StoreAgeConfirmationBody,
  StoreAgeConfirmationResponse,
  StoreEinvoiceRequestBody,
  StoreEinvoiceRequestResponse,
} from "./types.js"

const segment = encodeURIComponent

/** What a store cart needs beyond Medusa's checkout (publishable key required). */
export function createCheckoutApi(medusa: MedusaClient) {
  const cart = (cartId: string, rest: string) => `/store/carts/${segment(cartId)}/${rest}`
  return {
    /** Required before a cart with alcohol completes; a minor's birth date is refused (400). */
    confirmAge: (cartId: string, body: StoreAgeConfirmationBody) =>
      medusa.client.fetch<StoreAgeConfirmationResponse>(cart(cartId, "age-confirmation"), {
        method: "POST",
        body,
      }),
    /** Records (or replaces) the cart's VAT e-invoice request; filed on the order at completion. */
    requestEinvoice: (cartId: string, body: StoreEinvoiceRequestBody) =>
      medusa.client.fetch<StoreEinvoiceRequestResponse>(cart(cartId, "einvoice-request"), {
        method: "POST",
        body,
      }),
    /** The cart's e-invoice request; 404 when there is none. */
    retrieveEinvoiceRequest: (cartId: string) =>
      medusa.client.fetch<StoreEinvoiceRequestResponse>(cart(cartId, "einvoice-request"), {
        method: "GET",
      }),
  }
}

export type CheckoutApi = ReturnType<typeof createCheckoutApi>
