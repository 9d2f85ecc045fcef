import type { PosSignInInput, PosSignInResponse } from "@ocop/sdk"
import { httpStatusOf } from "../../app/http-errors"
import type { LocalClerk, PosDatabase } from "../../db/schema"
import { writeSetting } from "../../db/settings"
import { enqueue } from "../outbox/outbox"
import {
  afterWrongPin,
  hashPin,
  isLocked,
  newSalt,
  PIN_HASH_ITERATIONS,
  PIN_LOCK_MS,
  PIN_LOCKOUT,
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
  /** The browser's idea of the network (navigator.onLine): false skips the server. */
  online?: () => boolean
  /** How long the server may take before the tablet's own check decides (default 8 s). */
  onlineTimeoutMs?: number
}

/** A fair's Wi-Fi can take a request and never answer: the clerk does not wait for it. */
export const ONLINE_SIGN_IN_TIMEOUT_MS = 8_000

function withinTime<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new TypeError("no answer from the server in time")), ms)
    promise.then(
      (value) => {
        clearTimeout(timer)
        resolve(value)
      },
      (error: unknown) => {
        clearTimeout(timer)
        reject(error)
      }
    )
  })
}

/**
 * One more wrong PIN, counted on this tablet. The fifth locks the clerk here for 15 minutes (the
 * rule in @ocop/core); the lockout is logged and queued for the backend's lockouts list, which a
 * manager reads, so a lock decided offline reaches the manager once the tablet is online.
 */
async function countWrongPin(
  db: PosDatabase,
  clerk: LocalClerk,
  now: number
): Promise<Extract<SignInOutcome, { kind: "wrong_pin" | "locked" }>> {
  const next = afterWrongPin(clerk, now)
  if (!next.locked) {
    await db.clerks.update(clerk.id, next.state)
    return { kind: "wrong_pin", attemptsLeft: next.attemptsLeft }
  }
  const clientId = crypto.randomUUID()
  const lockedAt = new Date(now).toISOString()
  await db.transaction("rw", db.clerks, db.outbox, db.settings, async () => {
    await db.clerks.update(clerk.id, next.state)
    await enqueue(db, {
      kind: "lockout",
      clientId,
      payload: {
        client_id: clientId,
        clerk_id: clerk.id,
        failed_attempts: PIN_LOCKOUT.attempts,
        locked_at: lockedAt,
        locked_until: new Date(next.lockedUntil).toISOString(),
      },
      result: null,
      createdAt: lockedAt,
    })
  })
  console.warn(
    `POS: clerk ${clerk.id} (${clerk.name}) locked on this tablet until ` +
      `${new Date(next.lockedUntil).toISOString()} after ${PIN_LOCKOUT.attempts} wrong PINs`
  )
  return { kind: "locked", until: next.lockedUntil }
}

async function clerkOrThrow(db: PosDatabase, clerkId: string): Promise<LocalClerk> {
  const clerk = await db.clerks.get(clerkId)
  if (!clerk) throw new Error(`clerk ${clerkId} is not on this tablet`)
  return clerk
}

/**
 * PIN sign-in: online first (the server is the authority and issues the token); with no network,
 * or no answer within 8 s, the hash kept from this clerk's last online sign-in on this tablet. Wrong PINs count
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

  if (deps.online && !deps.online()) return signInOffline(deps, clerk, pin, activate)
  let response: PosSignInResponse
  try {
    response = await withinTime(
      deps.signInOnline({ device_token: deps.deviceToken, clerk_id: clerkId, pin }),
      deps.onlineTimeoutMs ?? ONLINE_SIGN_IN_TIMEOUT_MS
    )
  } catch (error) {
    const status = httpStatusOf(error)
    if (status === null) return signInOffline(deps, clerk, pin, activate)
    if (status === 423 || status === 429) {
      const until = now() + PIN_LOCK_MS
      await db.clerks.update(clerkId, { failedAttempts: 0, lockedUntil: until })
      return { kind: "locked", until }
    }
    if (status === 401 || status === 403) return countWrongPin(db, clerk, now())
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
    case "locked":
      return countWrongPin(db, clerk, now())
  }
}
