import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

interface ProviderRegistry {
  retrieveProvider(providerId: string): unknown
}

/**
 * The instance the payment module registered for a provider id, so that routes and workflows ask
 * the provider for what it owns (its account, its secrets, its limits) instead of reading
 * medusa-config. Medusa keeps providers in the payment module's own container and offers no
 * public accessor; this is the module's provider registry, the one lookup it uses itself for
 * every session. The VietQR, COD and Stripe specs go through it, so an upgrade that moves it
 * fails them rather than a checkout.
 */
export function resolvePaymentProvider<T extends object>(
  container: MedusaContainer,
  providerId: string,
  /** A member the caller relies on; checked by shape because a test runner may load a second copy of the class. */
  member: keyof T & string
): T {
  const payment = container.resolve(Modules.PAYMENT) as unknown as {
    paymentProviderService_?: ProviderRegistry
  }
  const registry = payment.paymentProviderService_
  if (typeof registry?.retrieveProvider !== "function") {
    throw new Error("The payment module exposes no provider registry (Medusa upgrade?)")
  }
  const provider = registry.retrieveProvider(providerId)
  if (typeof provider !== "object" || provider === null || !(member in provider)) {
    throw new Error(`Payment provider ${providerId} is not registered as expected`)
  }
  return provider as T
}
