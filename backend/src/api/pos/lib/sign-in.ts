import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, generateJwtToken, Modules } from "@medusajs/framework/utils"
import type { PosSignInInput, PosSignInResponse } from "@ocop/sdk"
import { issueSignInTicket } from "../../../modules/pos-pin-auth/sign-in-ticket"
import { hashDeviceToken } from "./device-token"
import { PIN_LOCKOUT, type PinLockout } from "./pin-lockout"
import { loadRegisterView, posService } from "./register-view"
import { POS_CLERK_ACTOR } from "./session"

/** A clerk's session lasts a working day; the tablet signs in again (online or offline) after. */
export const POS_TOKEN_LIFETIME = "12h"

export type SignInOutcome =
  | { kind: "signed_in"; response: PosSignInResponse }
  | { kind: "unknown_device" }
  | { kind: "wrong_pin"; attemptsLeft: number | null }
  | { kind: "locked"; lockedUntil: Date }

function jwtSettings(container: MedusaContainer) {
  const { http } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  return { secret: http.jwtSecret as string, jwtOptions: http.jwtOptions }
}

/**
 * PIN sign-in on a paired tablet: the device token names the register, the lockout is checked
 * before the PIN, and the PIN itself is checked by the Auth module's "pos-pin" provider (with a
 * ticket only this route can issue). The token is actor type pos_clerk, carrying the register and
 * device; it opens /pos routes only.
 */
export async function signInClerk(
  container: MedusaContainer,
  input: PosSignInInput,
  lockout: PinLockout
): Promise<SignInOutcome> {
  const pos = posService(container)
  const [device] = await pos.listPosDevices({
    token_hash: hashDeviceToken(input.device_token),
    revoked_at: null,
  })
  if (!device) return { kind: "unknown_device" }
  const registerId = device.register_id
  const [clerk] = await pos.listPosClerks({
    id: input.clerk_id,
    register_id: registerId,
    is_active: true,
  })
  // Not this register's clerk: nothing to count a failure against.
  if (!clerk) return { kind: "wrong_pin", attemptsLeft: null }

  const lockedUntil = await lockout.lockedUntil(registerId, clerk.id)
  if (lockedUntil) return { kind: "locked", lockedUntil }

  const { secret, jwtOptions } = jwtSettings(container)
  const auth = container.resolve(Modules.AUTH)
  const result = await auth.authenticate("pos-pin", {
    body: {
      clerk_id: clerk.id,
      register_id: registerId,
      pin: input.pin,
      ticket: issueSignInTicket(secret, { clerk_id: clerk.id, register_id: registerId }),
    },
  })
  if (!result.success || !result.authIdentity) {
    const attempt = await lockout.recordFailure(registerId, clerk.id)
    if (!attempt.locked) return { kind: "wrong_pin", attemptsLeft: attempt.attemptsLeft }
    await pos.createPosLockouts({
      register_id: registerId,
      clerk_id: clerk.id,
      device_id: device.id,
      failed_attempts: PIN_LOCKOUT.attempts,
      locked_at: new Date(),
      locked_until: attempt.lockedUntil,
    })
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(
        `POS: clerk ${clerk.id} (${clerk.name}) locked out of register ${registerId} until ` +
          `${attempt.lockedUntil.toISOString()} after 5 wrong PINs on device ${device.id}`
      )
    return { kind: "locked", lockedUntil: attempt.lockedUntil }
  }
  await lockout.clear(registerId, clerk.id)

  const token = generateJwtToken(
    {
      actor_id: clerk.id,
      actor_type: POS_CLERK_ACTOR,
      auth_identity_id: result.authIdentity.id,
      app_metadata: { pos_clerk_id: clerk.id, register_id: registerId, device_id: device.id },
      user_metadata: {},
    },
    { secret, expiresIn: POS_TOKEN_LIFETIME, jwtOptions }
  )
  const register = await loadRegisterView(container, registerId)
  return {
    kind: "signed_in",
    response: { token, clerk: { id: clerk.id, name: clerk.name, role: clerk.role }, register },
  }
}
