import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { PosDevicePairing } from "@ocop/sdk"
import { pairPosDeviceWorkflow } from "../../../../../../workflows/pos/devices"
import { hashDeviceToken, newDeviceToken } from "../../../../../pos/lib/device-token"
import {
  listClerkSummaries,
  loadRegisterView,
  posService,
} from "../../../../../pos/lib/register-view"
import type { AdminPairDevice } from "../../../validators"

/**
 * POST /admin/pos/registers/:id/devices — a manager pairs the tablet in their hands with this
 * register. The device token is in this answer only; the tablet keeps it for PIN sign-in.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminPairDevice>,
  res: MedusaResponse<PosDevicePairing>
) {
  const registerId = req.params.id as string
  const token = newDeviceToken()
  const { result: device } = await pairPosDeviceWorkflow(req.scope).run({
    input: {
      register_id: registerId,
      label: req.validatedBody.label,
      token_hash: hashDeviceToken(token),
      paired_by: req.auth_context.actor_id,
    },
  })
  const [register, clerks] = await Promise.all([
    loadRegisterView(req.scope, registerId),
    listClerkSummaries(req.scope, registerId),
  ])
  res.status(201).json({
    device: {
      id: device.id,
      label: device.label,
      register_id: registerId,
      token,
      reference_prefix: `${register.code}${device.letter}`,
    },
    register,
    clerks,
  })
}

/** GET /admin/pos/registers/:id/devices — tablets paired with the register (never their tokens). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const devices = await posService(req.scope).listPosDevices(
    { register_id: req.params.id as string },
    { order: { created_at: "DESC" } }
  )
  res.json({
    devices: devices.map((device) => ({
      id: device.id,
      label: device.label,
      letter: device.letter,
      paired_by: device.paired_by,
      paired_at: device.created_at,
      revoked_at: device.revoked_at,
    })),
  })
}
