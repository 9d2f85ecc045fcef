import { MedusaService } from "@medusajs/framework/utils"
import { OcopCertificate } from "./models/certificate"
import { OcopProducer } from "./models/producer"
import { OcopProductProfile } from "./models/product-profile"

class OcopModuleService extends MedusaService({
  OcopProducer,
  OcopCertificate,
  OcopProductProfile,
}) {}

export default OcopModuleService
