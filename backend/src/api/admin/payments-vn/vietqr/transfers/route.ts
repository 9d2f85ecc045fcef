import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BANK_TRANSFER_MODULE } from "../../../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../../../modules/bank-transfer/service"
import { presentTransfer } from "../../presenters"
import type { AdminListTransfers } from "../../validators"

/** GET /admin/payments-vn/vietqr/transfers?status=needs_review — newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { status, limit, offset } = req.validatedQuery as unknown as AdminListTransfers
  const transfers = req.scope.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
  const [rows, count] = await transfers.listAndCountBankTransfers(status ? { status } : {}, {
    skip: offset,
    take: limit,
    order: { created_at: "DESC" },
  })
  res.json({ transfers: rows.map(presentTransfer), count, limit, offset })
}
