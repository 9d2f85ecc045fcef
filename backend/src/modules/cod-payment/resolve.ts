import type { MedusaContainer } from "@medusajs/framework/types"
import { resolvePaymentProvider } from "../../lib/payment-provider"
import { COD_PROVIDER_ID } from "./options"
import type CodPaymentProviderService from "./service"

/** The registered COD provider; the checkout rules read its ceiling from it. */
export const resolveCodProvider = (container: MedusaContainer) =>
  resolvePaymentProvider<CodPaymentProviderService>(container, COD_PROVIDER_ID, "maxOrderVnd")
