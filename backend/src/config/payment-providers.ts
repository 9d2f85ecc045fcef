import type { PaymentsEnv } from "./payment-env"

/** Provider ids as Medusa names them (pp_{identifier}_{id}); regions enable them by these ids. */
export const PAYMENT_PROVIDER_IDS = {
  vietqr: "pp_vietqr_vietqr",
  cod: "pp_cod_cod",
  stripe: "pp_stripe_stripe",
} as const

/**
 * Payments that hand over cash. Online alcohol sales must be paid without cash (Law 44/2019), so
 * alcohol carts refuse these. Medusa's built-in system provider authorizes without any payment
 * and is treated as cash too.
 */
export const CASH_PAYMENT_PROVIDER_IDS: readonly string[] = [
  PAYMENT_PROVIDER_IDS.cod,
  "pp_system_default",
]

/** The payment module's providers: VietQR and COD always, Stripe only with STRIPE_API_KEY. */
export function paymentProviders(payments: PaymentsEnv) {
  const providers: Array<{ resolve: string; id: string; options: Record<string, unknown> }> = [
    { resolve: "./src/modules/vietqr-payment", id: "vietqr", options: { ...payments.vietqr } },
    {
      resolve: "./src/modules/cod-payment",
      id: "cod",
      options: { maxOrderVnd: payments.codMaxOrderVnd },
    },
  ]
  if (payments.stripe) {
    providers.push({
      resolve: "@medusajs/medusa/payment-stripe",
      id: "stripe",
      options: {
        apiKey: payments.stripe.apiKey,
        webhookSecret: payments.stripe.webhookSecret,
        capture: payments.stripe.capture,
      },
    })
  }
  return providers
}
