import proxyaddr from "proxy-addr"

/** So many requests (or failures) per window of so many seconds. */
export interface Rule {
  points: number
  seconds: number
}

/** Decides, hop by hop from the socket outwards, whether a proxy's X-Forwarded-For is believed. */
export type TrustProxy = (address: string, hop: number) => boolean

export interface AbuseLimits {
  /** RATE_LIMIT=off turns every limit off (the bench's peer, a shop behind its own WAF). */
  enabled: boolean
  /** null: the socket's address is the client's, whatever headers say. */
  trustProxy: TrustProxy | null
  signIn: {
    /** Failed sign-ins per account; the first lock lasts the window, each next one twice as long. */
    account: Rule
    /** Failed sign-ins per client address, whatever the accounts. */
    address: Rule
    /** The longest a lock grows to. */
    maxLockSeconds: number
  }
  cartCreate: Rule
  /** Adding, changing and removing cart lines. */
  cartLines: Rule
  /** Payment collections and sessions. */
  paymentSessions: Rule
  cartComplete: Rule
  /** Orders left unpaid at checkout, per email and per phone number. */
  unpaidOrders: Rule
  /** Bank notifications per source; generous, as a bank retries in bursts. */
  vietqrHook: Rule
}

/** Variable → default, as documented in README's configuration table. */
export const ABUSE_LIMIT_DEFAULTS = {
  RATE_LIMIT_SIGN_IN_ACCOUNT: "5/60",
  RATE_LIMIT_SIGN_IN_ADDRESS: "30/900",
  SIGN_IN_LOCK_MAX_SECONDS: "3600",
  RATE_LIMIT_CART_CREATE: "60/60",
  RATE_LIMIT_CART_LINES: "300/60",
  RATE_LIMIT_PAYMENT_SESSIONS: "60/60",
  RATE_LIMIT_CART_COMPLETE: "30/60",
  RATE_LIMIT_UNPAID_ORDERS: "10/3600",
  RATE_LIMIT_VIETQR_HOOK: "600/60",
} as const

type LimitVariable = keyof typeof ABUSE_LIMIT_DEFAULTS

const RULE = /^\s*(\d+)\s*\/\s*(\d+)\s*$/

function readRule(env: NodeJS.ProcessEnv, name: LimitVariable): Rule {
  const value = env[name] || ABUSE_LIMIT_DEFAULTS[name]
  const match = RULE.exec(value)
  const points = Number(match?.[1])
  const seconds = Number(match?.[2])
  if (!match || points < 1 || seconds < 1) {
    throw new Error(`${name} must be "<count>/<seconds>", both at least 1 (got "${value}")`)
  }
  return { points, seconds }
}

function readSeconds(env: NodeJS.ProcessEnv, name: LimitVariable): number {
  const value = env[name] || ABUSE_LIMIT_DEFAULTS[name]
  const seconds = Number(value)
  if (!Number.isInteger(seconds) || seconds < 1) {
    throw new Error(`${name} must be a whole number of seconds (got "${value}")`)
  }
  return seconds
}

/**
 * TRUST_PROXY, with Express's meanings: unset or "false" trusts no proxy (the socket's address is
 * the client's); a number trusts that many hops in front of the server; a comma-separated list of
 * addresses, subnets or the names loopback, linklocal and uniquelocal trusts those proxies;
 * "true" trusts every hop (only behind a proxy that overwrites X-Forwarded-For).
 */
export function readTrustProxy(value: string | undefined): TrustProxy | null {
  const setting = (value ?? "").trim()
  if (setting === "" || setting === "false" || setting === "0") return null
  if (setting === "true") return () => true
  if (/^\d+$/.test(setting)) {
    const hops = Number(setting)
    return (_address, hop) => hop < hops
  }
  try {
    return proxyaddr.compile(setting.split(",").map((entry) => entry.trim()))
  } catch (error) {
    throw new Error(
      `TRUST_PROXY must be true, false, a number of hops or a list of addresses and subnets (${error instanceof Error ? error.message : error})`
    )
  }
}

/** Reads every limit once, at start; a malformed value stops the server with its name. */
export function readAbuseLimits(env: NodeJS.ProcessEnv = process.env): AbuseLimits {
  const switchedOff = ["off", "false", "0"].includes((env.RATE_LIMIT ?? "").trim().toLowerCase())
  return {
    enabled: !switchedOff,
    trustProxy: readTrustProxy(env.TRUST_PROXY),
    signIn: {
      account: readRule(env, "RATE_LIMIT_SIGN_IN_ACCOUNT"),
      address: readRule(env, "RATE_LIMIT_SIGN_IN_ADDRESS"),
      maxLockSeconds: readSeconds(env, "SIGN_IN_LOCK_MAX_SECONDS"),
    },
    cartCreate: readRule(env, "RATE_LIMIT_CART_CREATE"),
    cartLines: readRule(env, "RATE_LIMIT_CART_LINES"),
    paymentSessions: readRule(env, "RATE_LIMIT_PAYMENT_SESSIONS"),
    cartComplete: readRule(env, "RATE_LIMIT_CART_COMPLETE"),
    unpaidOrders: readRule(env, "RATE_LIMIT_UNPAID_ORDERS"),
    vietqrHook: readRule(env, "RATE_LIMIT_VIETQR_HOOK"),
  }
}
