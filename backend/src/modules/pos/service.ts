import { MedusaService } from "@medusajs/framework/utils"
import { PosCashMovement } from "./models/cash-movement"
import { PosClerk } from "./models/clerk"
import { PosDevice } from "./models/device"
import { PosLockout } from "./models/lockout"
import { PosRegister } from "./models/register"
import { PosSale } from "./models/sale"
import { PosShift } from "./models/shift"
import { PosStockException } from "./models/stock-exception"
import { PosVietQrPayment } from "./models/vietqr-payment"

/** Registers, their tablets and clerks, shifts, sales and what managers must look at. */
class PosModuleService extends MedusaService({
  PosRegister,
  PosDevice,
  PosClerk,
  PosLockout,
  PosShift,
  PosCashMovement,
  PosSale,
  PosStockException,
  PosVietQrPayment,
}) {}

export default PosModuleService
