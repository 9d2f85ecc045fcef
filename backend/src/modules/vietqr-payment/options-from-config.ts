import type { MedusaContainer } from "@medusajs/framework/types"
import { paymentProviderOptions } from "../../config/provider-options"
import type { VietQrProviderOptions } from "./service"

/** The VietQR provider's options (secret, account) as the payment module received them. */
export function vietQrOptionsFromConfig(container: MedusaContainer): VietQrProviderOptions {
  const options = paymentProviderOptions(container, "vietqr")
  if (!options) {
    throw new Error("The VietQR payment provider is not configured (medusa-config payment module)")
  }
  return options as unknown as VietQrProviderOptions
}
