import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { posService } from "../../../pos/lib/register-view"
import type { AdminPosList } from "../validators"

/** GET /admin/pos/lockouts — every PIN lockout, newest first, with the clerk's name. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { register_id, limit, offset } = req.validatedQuery as unknown as AdminPosList
  const pos = posService(req.scope)
  const [lockouts, count] = await pos.listAndCountPosLockouts(register_id ? { register_id } : {}, {
    order: { locked_at: "DESC" },
    take: limit,
    skip: offset,
  })
  const clerks = lockouts.length
    ? await pos.listPosClerks({ id: [...new Set(lockouts.map((lockout) => lockout.clerk_id))] })
    : []
  res.json({
    lockouts: lockouts.map((lockout) => ({
      id: lockout.id,
      register_id: lockout.register_id,
      clerk_id: lockout.clerk_id,
      clerk_name: clerks.find((clerk) => clerk.id === lockout.clerk_id)?.name ?? null,
      device_id: lockout.device_id,
      failed_attempts: lockout.failed_attempts,
      locked_at: lockout.locked_at,
      locked_until: lockout.locked_until,
      // "tablet": counted offline on the tablet and reported once it was online
      source: lockout.source,
    })),
    count,
    limit,
    offset,
  })
}
