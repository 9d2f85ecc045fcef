import { MedusaService } from "@medusajs/framework/utils"
import { BankTransfer } from "./models/bank-transfer"

class BankTransferModuleService extends MedusaService({ BankTransfer }) {}

export default BankTransferModuleService
