import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import OcopStripeProviderService from "./service"

export default ModuleProvider(Modules.PAYMENT, {
  services: [OcopStripeProviderService],
})
