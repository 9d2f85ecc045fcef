import type { MedusaContainer } from "@medusajs/framework/types"
import { resolvePaymentProvider } from "../../lib/payment-provider"
import { VIETQR_PROVIDER_ID } from "./options"
import type VietQrPaymentProviderService from "./service"

/**
 * The registered VietQR provider: the webhook route verifies notifications with it, the
 * confirmation seals transfers with it, a till reads the shop's account from it. Its secrets stay
 * inside it.
 */
export const resolveVietQrProvider = (container: MedusaContainer) =>
  resolvePaymentProvider<VietQrPaymentProviderService>(
    container,
    VIETQR_PROVIDER_ID,
    "sealTransfer"
  )
