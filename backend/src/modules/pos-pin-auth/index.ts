import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import PosPinAuthProviderService from "./service"

export default ModuleProvider(Modules.AUTH, {
  services: [PosPinAuthProviderService],
})
