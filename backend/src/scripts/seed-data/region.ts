import type { VatCategory } from "@ocop/core"

/** The selling region. Prices are entered VAT-inclusive, as Vietnamese retail prices are. */
export const SEED_REGION = {
  name: "Việt Nam",
  currency_code: "vnd",
  countries: ["vn"],
  automatic_taxes: true,
  is_tax_inclusive: true,
  // Providers are enabled by enableVietnamPaymentProvidersWorkflow (VietQR, COD, Stripe when
  // configured). Medusa's system provider stays off: it authorizes without any payment.
  payment_providers: [] as string[],
} as const

export const SEED_STORE = {
  name: "OCOP Commerce",
  /** Only VND: money is integer đồng end to end. */
  currency_code: "vnd",
} as const

/**
 * VAT as Medusa tax rates. The rate values and their effective dates live in @ocop/core's
 * VAT_SCHEDULE; this only says which schedule category backs the region's default rate and which
 * categories get their own rate, applied through product types named after the category key.
 */
export const SEED_TAX = {
  country_code: "vn",
  provider_id: "tp_system",
  default_category: "standard" as VatCategory,
  rated_categories: ["fresh_produce", "processed_food", "alcohol"] as VatCategory[],
  /** Tax rate codes: `${code_prefix}${category}`, the natural key of each rate. */
  code_prefix: "VAT_VN_",
} as const

/** Shipping profile that every seeded product belongs to (created when missing). */
export const SEED_SHIPPING_PROFILE = { name: "Default Shipping Profile", type: "default" } as const

/** The manual provider that ships with Medusa; the web store's delivery and in-store pickup use it. */
export const SEED_FULFILLMENT_PROVIDER = "manual_manual"

/** Area served by every fulfillment set the seed creates (one zone per set). */
export const SEED_SERVICE_ZONE = { name: "Việt Nam", country_code: "vn" } as const
