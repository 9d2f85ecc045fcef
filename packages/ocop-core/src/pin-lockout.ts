/**
 * The PIN rule of the till, one rule for the backend (online sign-in) and the tablet (offline
 * sign-in): 5 wrong PINs in a row lock that clerk out for 15 minutes; a right PIN clears the
 * count. A PIN is 4 to 6 digits.
 */
export const PIN_LOCKOUT = { attempts: 5, minutes: 15 } as const
export const PIN_LOCK_MS = PIN_LOCKOUT.minutes * 60 * 1000
export const PIN_PATTERN = /^\d{4,6}$/

export interface PinAttempts {
  /** Wrong PINs since the last right one (or the last lockout). */
  failedAttempts: number
  /** Epoch ms until which PIN entry is refused; 0 when not locked. */
  lockedUntil: number
}

export type WrongPinOutcome =
  | { locked: true; lockedUntil: number; state: PinAttempts }
  | { locked: false; attemptsLeft: number; state: PinAttempts }

export function isPinLocked(state: Pick<PinAttempts, "lockedUntil">, now: number): boolean {
  return state.lockedUntil > now
}

/** One more wrong PIN: the fifth locks the clerk for the whole lockout and starts the count over. */
export function afterWrongPin(state: PinAttempts, now: number): WrongPinOutcome {
  const failedAttempts = state.failedAttempts + 1
  if (failedAttempts >= PIN_LOCKOUT.attempts) {
    const lockedUntil = now + PIN_LOCK_MS
    return { locked: true, lockedUntil, state: { failedAttempts: 0, lockedUntil } }
  }
  return {
    locked: false,
    attemptsLeft: PIN_LOCKOUT.attempts - failedAttempts,
    state: { failedAttempts, lockedUntil: state.lockedUntil },
  }
}

/** A right PIN: the count starts over. */
export const PIN_CLEARED: PinAttempts = { failedAttempts: 0, lockedUntil: 0 }
