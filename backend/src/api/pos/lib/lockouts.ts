import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { PosLockoutInput, PosLockoutResponse } from "@ocop/sdk"
import { posService } from "./register-view"
import type { PosSession } from "./session"

/**
 * A lockout a tablet decided while offline (5 wrong PINs counted there, the rule of @ocop/core),
 * recorded for the manager's list and the log once the tablet is online. Idempotent on the
 * tablet's UUID; only for a clerk of the tablet's own register.
 */
export async function recordTabletLockout(
  container: MedusaContainer,
  session: PosSession,
  input: PosLockoutInput
): Promise<{ created: boolean; response: PosLockoutResponse }> {
  const pos = posService(container)
  const present = (row: { id: string; client_id: string | null }) => ({
    lockout: { id: row.id, client_id: row.client_id },
  })
  const [earlier] = await pos.listPosLockouts({ client_id: input.client_id })
  if (earlier) {
    if (earlier.register_id !== session.registerId) {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, "client_id: a lockout of another register")
    }
    return { created: false, response: present(earlier) }
  }
  const [clerk] = await pos.listPosClerks({ id: input.clerk_id, register_id: session.registerId })
  if (!clerk) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      `clerk_id: ${input.clerk_id} is not a clerk of this register`
    )
  }
  try {
    const created = await pos.createPosLockouts({
      register_id: session.registerId,
      clerk_id: clerk.id,
      device_id: session.deviceId,
      failed_attempts: input.failed_attempts,
      locked_at: new Date(input.locked_at),
      locked_until: new Date(input.locked_until),
      source: "tablet",
      client_id: input.client_id,
    })
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(
        `POS: clerk ${clerk.id} (${clerk.name}) was locked out on device ${session.deviceId} of ` +
          `register ${session.registerId} from ${input.locked_at} until ${input.locked_until} ` +
          `after ${input.failed_attempts} wrong PINs counted offline`
      )
    return { created: true, response: present(created) }
  } catch (error) {
    // the same report raced in from another request (the unique index stopped this one)
    const [raced] = await pos.listPosLockouts({ client_id: input.client_id })
    if (raced) return { created: false, response: present(raced) }
    throw error
  }
}
