import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { posService } from "../../../../../pos/lib/register-view"

/**
 * POST /admin/pos/devices/:id/revoke — a lost or replaced tablet: its token stops signing in and
 * every clerk token issued on it stops working at the next request.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const pos = posService(req.scope)
  const [device] = await pos.listPosDevices({ id: req.params.id as string })
  if (!device) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Device not found")
  const revoked = device.revoked_at
    ? device
    : await pos.updatePosDevices({ id: device.id, revoked_at: new Date() })
  res.json({ device: { id: revoked.id, label: revoked.label, revoked_at: revoked.revoked_at } })
}
