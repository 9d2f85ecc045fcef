import type { ConfigModule, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

interface ProviderEntry {
  id?: string
  options?: Record<string, unknown>
}

/**
 * A payment provider's options exactly as the payment module received them (medusa-config), so
 * routes and workflows use the same secret, account and limits as the provider itself.
 */
export function paymentProviderOptions(
  container: MedusaContainer,
  id: string
): Record<string, unknown> | undefined {
  const config = container.resolve<ConfigModule>(ContainerRegistrationKeys.CONFIG_MODULE)
  const modules = config.modules as Record<string, unknown> | undefined
  const payment = modules?.[Modules.PAYMENT] as { options?: { providers?: ProviderEntry[] } }
  return payment?.options?.providers?.find((provider) => provider.id === id)?.options
}
