import { createRequire } from "node:module"
import { StripeProviderService } from "@medusajs/payment-stripe/dist/services"
import type { StripeOptions as MedusaStripeOptions } from "@medusajs/payment-stripe/dist/types"
import type { StripeApiBase } from "./options"

type Options = MedusaStripeOptions & { apiBase?: StripeApiBase }

/** The provider's own copy of the `stripe` library (not the one other packages hoist). */
const StripeClient = createRequire(require.resolve("@medusajs/payment-stripe"))("stripe") as new (
  apiKey: string,
  config: { host: string; port: number; protocol: "http" | "https" }
) => unknown

/**
 * Medusa's Stripe card provider (same identifier "stripe", so still pp_stripe_stripe), able to
 * talk to a Stripe-compatible server: Medusa builds its client with `new Stripe(apiKey)` and takes
 * no host option, and the stripe library reads none from the environment. With `apiBase` the
 * client is rebuilt on that host, port and protocol; without it this is Medusa's provider as is.
 */
class OcopStripeProviderService extends StripeProviderService {
  constructor(cradle: Record<string, unknown>, options: Options) {
    super(cradle, options)
    if (options.apiBase) {
      this.stripe_ = new StripeClient(options.apiKey, {
        host: options.apiBase.host,
        port: options.apiBase.port,
        protocol: options.apiBase.protocol,
      }) as typeof this.stripe_
    }
  }
}

export default OcopStripeProviderService
