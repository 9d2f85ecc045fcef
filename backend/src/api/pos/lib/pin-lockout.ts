import { PIN_LOCKOUT } from "@ocop/core"
import { createRateLimiter, isRateLimited, type RateLimiter } from "../../../lib/rate-limit"

/**
 * Five wrong PINs for one clerk on one register lock that clerk there for 15 minutes: the rule in
 * @ocop/core, which the tablet applies offline too. A right PIN clears the count. Counted here
 * with rate-limiter-flexible so the count holds across server instances (Redis).
 */
export { PIN_LOCKOUT }

export type PinAttempt =
  | { locked: true; lockedUntil: Date }
  | { locked: false; attemptsLeft: number }

export class PinLockout {
  constructor(
    private readonly limiter: RateLimiter = createRateLimiter({
      keyPrefix: "pos_pin",
      points: PIN_LOCKOUT.attempts,
      durationSeconds: PIN_LOCKOUT.minutes * 60,
    })
  ) {}

  private key(registerId: string, clerkId: string) {
    return `${registerId}:${clerkId}`
  }

  /** When the clerk is locked out, until when. */
  async lockedUntil(registerId: string, clerkId: string, now = Date.now()): Promise<Date | null> {
    const state = await this.limiter.get(this.key(registerId, clerkId))
    if (!state || state.consumedPoints < PIN_LOCKOUT.attempts) return null
    return new Date(now + state.msBeforeNext)
  }

  /** Counts a wrong PIN; the fifth in the window locks the clerk out for the whole lockout time. */
  async recordFailure(registerId: string, clerkId: string, now = Date.now()): Promise<PinAttempt> {
    const key = this.key(registerId, clerkId)
    let consumed: number
    try {
      consumed = (await this.limiter.consume(key)).consumedPoints
    } catch (rejection) {
      if (!isRateLimited(rejection)) throw rejection
      consumed = rejection.consumedPoints
    }
    if (consumed < PIN_LOCKOUT.attempts) {
      return { locked: false, attemptsLeft: PIN_LOCKOUT.attempts - consumed }
    }
    const seconds = PIN_LOCKOUT.minutes * 60
    await this.limiter.block(key, seconds)
    return { locked: true, lockedUntil: new Date(now + seconds * 1000) }
  }

  async clear(registerId: string, clerkId: string): Promise<void> {
    await this.limiter.delete(this.key(registerId, clerkId))
  }
}
