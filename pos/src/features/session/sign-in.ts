import type { PosSignInInput, PosSignInResponse } from "@ocop/sdk"
import { httpStatusOf } from "../../app/http-errors"
import type { LocalClerk, PosDatabase } from "../../db/schema"
import { writeSetting } from "../../db/settings"
import {
  afterWrongPin,
  hashPin,
  isLocked,
  MAX_PIN_ATTEMPTS,
  newSalt,
  PIN_HASH_ITERATIONS,
  PIN_LOCK_MS,
  verifyPinOffline,
} from "./pin"

export type SignInOutcome =
  | { kind: "signed_in"; clerk: LocalClerk; offline: boolean }
  | { kind: "wrong_pin"; attemptsLeft: number }
  | { kind: "locked"; until: number }
  /** No network and this clerk never signed in online on this tablet. */
  | { kind: "needs_network" }
  | { kind: "error"; message: string }

export interface SignInDeps {
  db: PosDatabase
  deviceToken: string
  /** The server's sign-in (pos.signIn); throws FetchError with status, or TypeError offline. */
  signInOnline: (input: PosSignInInput) => Promise<PosSignInResponse>
  now: () => number
}

async function clerkOrThrow(db: PosDatabase, clerkId: string): Promise<LocalClerk> {
  const clerk = await db.clerks.get(clerkId)
  if (!clerk) throw new Error(`clerk ${clerkId} is not on this tablet`)
  return clerk
}

/**
 * PIN sign-in: online first (the server is the authority and issues the token); without an
 * answer, the hash kept from this clerk's last online sign-in on this tablet. Wrong PINs count
 * the same way online and offline, so going offline does not reset the lock.
 */
export async function signInWithPin(
  deps: SignInDeps,
  clerkId: string,
  pin: string,
  options: { activate?: boolean } = {}
): Promise<SignInOutcome> {
  const { db, now } = deps
  const activate = options.activate ?? true
  const clerk = await clerkOrThrow(db, clerkId)
  if (isLocked(clerk, now())) return { kind: "locked", until: clerk.lockedUntil }

  let response: PosSignInResponse
  try {
    response = await deps.signInOnline({ device_token: deps.deviceToken, clerk_id: clerkId, pin })
  } catch (error) {
    const status = httpStatusOf(error)
    if (status === null) return signInOffline(deps, clerk, pin, activate)
    if (status === 423 || status === 429) {
      const until = now() + PIN_LOCK_MS
      await db.clerks.update(clerkId, { failedAttempts: 0, lockedUntil: until })
      return { kind: "locked", until }
    }
    if (status === 401 || status === 403) {
      const next = afterWrongPin(clerk, now())
      await db.clerks.update(clerkId, next)
      if (next.lockedUntil > now()) return { kind: "locked", until: next.lockedUntil }
      return { kind: "wrong_pin", attemptsLeft: MAX_PIN_ATTEMPTS - next.failedAttempts }
    }
    return { kind: "error", message: error instanceof Error ? error.message : String(error) }
  }

  const salt = newSalt()
  const signedIn: LocalClerk = {
    ...clerk,
    ...response.clerk,
    pinSalt: salt,
    pinHash: await hashPin(pin, salt, PIN_HASH_ITERATIONS),
    pinIterations: PIN_HASH_ITERATIONS,
    failedAttempts: 0,
    lockedUntil: 0,
    token: response.token,
    tokenIssuedAt: new Date(now()).toISOString(),
  }
  await db.clerks.put(signedIn)
  if (activate) await writeSetting(db, "activeClerkId", clerkId)
  return { kind: "signed_in", clerk: signedIn, offline: false }
}

async function signInOffline(
  deps: SignInDeps,
  clerk: LocalClerk,
  pin: string,
  activate: boolean
): Promise<SignInOutcome> {
  const { db, now } = deps
  const check = await verifyPinOffline(clerk, pin, now())
  switch (check.kind) {
    case "unknown":
      return { kind: "needs_network" }
    case "ok":
      await db.clerks.update(clerk.id, { failedAttempts: 0, lockedUntil: 0 })
      if (activate) await writeSetting(db, "activeClerkId", clerk.id)
      return {
        kind: "signed_in",
        clerk: { ...clerk, failedAttempts: 0, lockedUntil: 0 },
        offline: true,
      }
    case "wrong":
    case "locked": {
      const next = afterWrongPin(clerk, now())
      await db.clerks.update(clerk.id, next)
      return check.kind === "locked"
        ? { kind: "locked", until: check.until }
        : { kind: "wrong_pin", attemptsLeft: check.attemptsLeft }
    }
  }
}
