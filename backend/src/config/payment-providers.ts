import { type CodProviderOptions, codPaymentProvider } from "../modules/cod-payment/options"
import { type StripeOptions, stripePaymentProvider } from "../modules/stripe-payment/options"
import {
  type VietQrProviderOptions,
  vietQrPaymentProvider,
} from "../modules/vietqr-payment/options"

export interface PaymentSettings {
  vietqr: VietQrProviderOptions
  cod: CodProviderOptions
  /** Present only when STRIPE_API_KEY is set. */
  stripe?: StripeOptions
}

/** The payment module's providers: VietQR and COD always, Stripe only with STRIPE_API_KEY. */
export function paymentProviders(settings: PaymentSettings) {
  return [
    vietQrPaymentProvider(settings.vietqr),
    codPaymentProvider(settings.cod),
    ...(settings.stripe ? [stripePaymentProvider(settings.stripe)] : []),
  ]
}
