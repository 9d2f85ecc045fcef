import { parseVnMobile } from "@ocop/core"
import {
  createRateLimiter,
  isRateLimited,
  type RateLimiter,
  type RateLimitRule,
} from "../../lib/rate-limit"
import type { AbuseLimits, Rule } from "./limits"

/** Allowed, or refused until the client may try again. */
export type Verdict = { allowed: true } | { allowed: false; retryAfterMs: number }

const ALLOWED: Verdict = { allowed: true }
const DAY_SECONDS = 24 * 60 * 60

type MakeLimiter = (rule: RateLimitRule) => RateLimiter

const limiterFor = (make: MakeLimiter, keyPrefix: string, rule: Rule) =>
  make({ keyPrefix, points: rule.points, durationSeconds: rule.seconds })

/** Consumes one point; a store error (not a refusal) propagates. */
async function take(limiter: RateLimiter, key: string): Promise<Verdict> {
  try {
    await limiter.consume(key)
    return ALLOWED
  } catch (rejection) {
    if (!isRateLimited(rejection)) throw rejection
    return { allowed: false, retryAfterMs: rejection.msBeforeNext }
  }
}

/**
 * Sign-in with a password, per account and per client address. Every attempt counts; a
 * successful one clears the account's count and gives the address its point back, so only
 * failures add up. The attempt that exceeds the account's allowance locks the account for the
 * window's length; each further lock within a day lasts twice as long as the one before
 * (`maxLockSeconds` at most). The right password is refused too while the lock holds.
 */
export class SignInGuard {
  private readonly account: RateLimiter
  private readonly lockouts: RateLimiter
  private readonly address: RateLimiter

  constructor(
    private readonly limits: AbuseLimits["signIn"],
    make: MakeLimiter = createRateLimiter
  ) {
    this.account = limiterFor(make, "sign_in_account", limits.account)
    // counts locks, never refuses: how many times this account was locked in the last day
    this.lockouts = limiterFor(make, "sign_in_lockouts", {
      points: Number.MAX_SAFE_INTEGER,
      seconds: DAY_SECONDS,
    })
    this.address = limiterFor(make, "sign_in_address", limits.address)
  }

  /** `account` is null when the body names none: then only the address counts. */
  async attempt(account: string | null, address: string): Promise<Verdict> {
    const [byAccount, byAddress] = await Promise.all([
      account === null ? ALLOWED : this.consumeAccount(account),
      take(this.address, address),
    ])
    const waits = [byAccount, byAddress].flatMap((v) => (v.allowed ? [] : [v.retryAfterMs]))
    return waits.length ? { allowed: false, retryAfterMs: Math.max(...waits) } : ALLOWED
  }

  async succeeded(account: string | null, address: string): Promise<void> {
    await Promise.all([
      account === null ? undefined : this.account.delete(account),
      this.address.reward(address, 1),
    ])
  }

  /** An admin's unlock: the account may sign in at once, and its next lock starts short again. */
  async unlock(account: string): Promise<void> {
    await Promise.all([this.account.delete(account), this.lockouts.delete(account)])
  }

  private async consumeAccount(account: string): Promise<Verdict> {
    try {
      await this.account.consume(account)
      return ALLOWED
    } catch (rejection) {
      if (!isRateLimited(rejection)) throw rejection
      // only the attempt that goes over the allowance starts a lock; later ones wait it out
      if (rejection.consumedPoints !== this.limits.account.points + 1) {
        return { allowed: false, retryAfterMs: rejection.msBeforeNext }
      }
      const { consumedPoints: locks } = await this.lockouts.consume(account)
      const seconds = Math.min(
        this.limits.maxLockSeconds,
        this.limits.account.seconds * 2 ** Math.min(locks - 1, 30)
      )
      await this.account.block(account, seconds)
      return { allowed: false, retryAfterMs: seconds * 1000 }
    }
  }
}

/** The account a sign-in counts against: the actor type and the email, however it was typed. */
export function signInAccount(actorType: string, email: string): string | null {
  const normalized = email.trim().toLowerCase()
  return normalized ? `${actorType}:${normalized}` : null
}

/** One key per buyer however the email or phone number was typed. */
export function buyerKeys(contact: { email?: string | null; phones: (string | null)[] }): string[] {
  const keys = new Set<string>()
  const email = contact.email?.trim().toLowerCase()
  if (email) keys.add(`email:${email}`)
  for (const phone of contact.phones) {
    if (!phone?.trim()) continue
    const parsed = parseVnMobile(phone)
    keys.add(`phone:${parsed.ok ? parsed.value : phone.replace(/\D/g, "")}`)
  }
  return [...keys]
}

/**
 * Orders a buyer leaves unpaid at checkout (VietQR awaiting the transfer, cash on delivery): each
 * holds stock, so an email or phone number may have only so many per window.
 */
export class UnpaidOrderGuard {
  private readonly limiter: RateLimiter

  constructor(
    private readonly rule: Rule,
    make: MakeLimiter = createRateLimiter
  ) {
    this.limiter = limiterFor(make, "unpaid_orders", rule)
  }

  /** Refused when any of the buyer's keys has used its allowance; nothing is counted here. */
  async check(keys: string[]): Promise<Verdict> {
    const states = await Promise.all(keys.map((key) => this.limiter.get(key)))
    const waits = states.flatMap((state) =>
      state && state.consumedPoints >= this.rule.points ? [state.msBeforeNext] : []
    )
    return waits.length ? { allowed: false, retryAfterMs: Math.max(...waits) } : ALLOWED
  }

  /** Counts one unpaid order against each key (beyond the allowance it simply stays refused). */
  async record(keys: string[]): Promise<void> {
    await Promise.all(
      keys.map((key) =>
        this.limiter.consume(key).catch((rejection: unknown) => {
          if (!isRateLimited(rejection)) throw rejection
        })
      )
    )
  }
}

/** A limit on one kind of request per client address. */
export class AddressGuard {
  private readonly limiter: RateLimiter

  constructor(name: string, rule: Rule, make: MakeLimiter = createRateLimiter) {
    this.limiter = limiterFor(make, name, rule)
  }

  attempt(address: string): Promise<Verdict> {
    return take(this.limiter, address)
  }
}

/** Every limiter the API's abuse middlewares use, made once per process from the limits. */
export function createAbuseGuards(limits: AbuseLimits, make: MakeLimiter = createRateLimiter) {
  return {
    limits,
    signIn: new SignInGuard(limits.signIn, make),
    cartCreate: new AddressGuard("cart_create", limits.cartCreate, make),
    cartLines: new AddressGuard("cart_lines", limits.cartLines, make),
    paymentSessions: new AddressGuard("payment_sessions", limits.paymentSessions, make),
    cartComplete: new AddressGuard("cart_complete", limits.cartComplete, make),
    unpaidOrders: new UnpaidOrderGuard(limits.unpaidOrders, make),
    vietqrHook: new AddressGuard("vietqr_hook", limits.vietqrHook, make),
  }
}

export type AbuseGuards = ReturnType<typeof createAbuseGuards>
