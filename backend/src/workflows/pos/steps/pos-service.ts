import type { MedusaContainer } from "@medusajs/framework/types"
import { POS_MODULE } from "../../../modules/pos"
import type PosModuleService from "../../../modules/pos/service"

export function posModule(container: MedusaContainer): PosModuleService {
  return container.resolve<PosModuleService>(POS_MODULE)
}
