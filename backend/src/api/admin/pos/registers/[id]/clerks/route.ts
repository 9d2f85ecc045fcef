import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { PosClerkSummary } from "@ocop/sdk"
import { createPosClerksWorkflow } from "../../../../../../workflows/pos/clerks"
import { listClerkSummaries } from "../../../../../pos/lib/register-view"
import type { AdminCreateClerk } from "../../../validators"

/** POST /admin/pos/registers/:id/clerks — a new clerk or manager of the register with a PIN. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminCreateClerk>,
  res: MedusaResponse<{ clerk: PosClerkSummary }>
) {
  const { result } = await createPosClerksWorkflow(req.scope).run({
    input: { clerks: [{ register_id: req.params.id as string, ...req.validatedBody }] },
  })
  const clerk = result[0]
  if (!clerk) throw new Error("clerk was not created")
  res.status(201).json({ clerk: { id: clerk.id, name: clerk.name, role: clerk.role } })
}

/** GET /admin/pos/registers/:id/clerks */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<{ clerks: PosClerkSummary[] }>
) {
  res.json({ clerks: await listClerkSummaries(req.scope, req.params.id as string) })
}
