import { MedusaService } from "@medusajs/framework/utils"
import { EinvoiceRequest } from "./models/einvoice-request"

class EinvoiceModuleService extends MedusaService({ EinvoiceRequest }) {}

export default EinvoiceModuleService
