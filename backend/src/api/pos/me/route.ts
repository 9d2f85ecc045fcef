import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { PosMeResponse } from "@ocop/sdk"
import { listClerkSummaries, loadRegisterView } from "../lib/register-view"
import { posSession } from "../lib/session"

/** GET /pos/me — the signed-in clerk, the register and its clerks (for the tablet's PIN screen). */
export async function GET(req: MedusaRequest, res: MedusaResponse<PosMeResponse>) {
  const session = posSession(req)
  const [register, clerks] = await Promise.all([
    loadRegisterView(req.scope, session.registerId),
    listClerkSummaries(req.scope, session.registerId),
  ])
  const clerk = clerks.find((candidate) => candidate.id === session.clerkId)
  if (!clerk) throw new Error("signed-in clerk vanished")
  res.json({ clerk, register, clerks })
}
