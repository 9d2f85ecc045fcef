import { afterWrongPin, isPinLocked, PIN_LOCK_MS, PIN_LOCKOUT, PIN_PATTERN } from "@ocop/core"
import type { LocalClerk } from "../../db/schema"

/** The backend's rule, from @ocop/core: 5 wrong PINs lock the clerk for 15 minutes. */
export { afterWrongPin, PIN_LOCK_MS, PIN_LOCKOUT, PIN_PATTERN }

/**
 * PBKDF2-SHA-256 with a per-clerk random salt. The tablet keeps this only to let a clerk who
 * signed in online here before sign in again without network; a slow hash makes a stolen
 * tablet's database expensive to brute-force (a 4–6 digit PIN space is small: the lock matters).
 */
export const PIN_HASH_ITERATIONS = 120_000

const toHex = (bytes: ArrayBuffer | Uint8Array) =>
  Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, "0")).join("")

const fromHex = (hex: string) =>
  new Uint8Array(hex.match(/../g)?.map((pair) => Number.parseInt(pair, 16)) ?? [])

export async function hashPin(
  pin: string,
  saltHex: string,
  iterations = PIN_HASH_ITERATIONS
): Promise<string> {
  const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(pin), "PBKDF2", false, [
    "deriveBits",
  ])
  const bits = await crypto.subtle.deriveBits(
    { name: "PBKDF2", hash: "SHA-256", salt: fromHex(saltHex), iterations },
    key,
    256
  )
  return toHex(bits)
}

export function newSalt(): string {
  return toHex(crypto.getRandomValues(new Uint8Array(16)))
}

/** Constant-time comparison of two hex digests. */
function sameDigest(a: string, b: string): boolean {
  if (a.length !== b.length) return false
  let difference = 0
  for (let index = 0; index < a.length; index++) {
    difference |= a.charCodeAt(index) ^ b.charCodeAt(index)
  }
  return difference === 0
}

export type PinCheck =
  | { kind: "ok" }
  | { kind: "wrong"; attemptsLeft: number }
  | { kind: "locked"; until: number }
  | { kind: "unknown" }

export function isLocked(clerk: Pick<LocalClerk, "lockedUntil">, now: number): boolean {
  return isPinLocked(clerk, now)
}

/** Offline check against the hash stored at the clerk's last online sign-in on this tablet. */
export async function verifyPinOffline(
  clerk: LocalClerk,
  pin: string,
  now: number
): Promise<PinCheck> {
  if (isLocked(clerk, now)) return { kind: "locked", until: clerk.lockedUntil }
  if (!clerk.pinHash || !clerk.pinSalt || !clerk.pinIterations) return { kind: "unknown" }
  const digest = await hashPin(pin, clerk.pinSalt, clerk.pinIterations)
  if (sameDigest(digest, clerk.pinHash)) return { kind: "ok" }
  const next = afterWrongPin(clerk, now)
  return next.locked
    ? { kind: "locked", until: next.lockedUntil }
    : { kind: "wrong", attemptsLeft: next.attemptsLeft }
}
