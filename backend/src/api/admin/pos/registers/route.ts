import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { compareVi } from "@ocop/core"
import type { PosRegister } from "@ocop/sdk"
import { posService, presentRegisters } from "../../../pos/lib/register-view"

/** GET /admin/pos/registers — the registers a manager can pair a tablet with. */
export async function GET(req: MedusaRequest, res: MedusaResponse<{ registers: PosRegister[] }>) {
  const registers = await posService(req.scope).listPosRegisters({ is_active: true })
  const presented = await presentRegisters(
    req.scope,
    registers as unknown as Parameters<typeof presentRegisters>[1]
  )
  res.json({ registers: presented.sort((a, b) => compareVi(a.code, b.code)) })
}
