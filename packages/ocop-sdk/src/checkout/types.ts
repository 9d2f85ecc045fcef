import type { TaxIdKind } from "@ocop/core"

/**
 * Checkout additions on a store cart: the alcohol age gate and the VAT e-invoice request
 * (/store/carts/:id/age-confirmation, /store/carts/:id/einvoice-request).
 */

/** The buyer's birth date (checked against 18 years, not stored) or an explicit declaration. */
export type StoreAgeConfirmationBody = { birth_date: string } | { confirmed_adult: true }

/** What an accepted age confirmation leaves on the cart (and later the order). */
export interface StoreAgeConfirmation {
  confirmed_adult: true
  method: "birth_date" | "declaration"
  /** ISO 8601 */
  confirmed_at: string
}

export interface StoreAgeConfirmationResponse {
  age_confirmation: StoreAgeConfirmation
}

/**
 * A VAT e-invoice request. With a company or branch tax id, company_name and address are
 * required; with a 12-digit personal id, address and buyer_name; without a tax id, buyer_name.
 */
export interface StoreEinvoiceRequestBody {
  buyer_tax_id?: string
  company_name?: string
  buyer_name?: string
  address?: string
  email: string
}

export interface StoreEinvoiceRequest {
  id: string
  cart_id: string
  /** Filled in when the cart becomes an order. */
  order_id: string | null
  /** Without spaces, as validateTaxId normalises it. */
  buyer_tax_id: string | null
  tax_id_kind: TaxIdKind | null
  company_name: string | null
  buyer_name: string | null
  address: string | null
  email: string
}

export interface StoreEinvoiceRequestResponse {
  einvoice_request: StoreEinvoiceRequest
}
