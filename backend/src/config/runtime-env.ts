/**
 * Reads the backend's environment once, with development defaults that are safe only on a
 * developer's machine. Secrets are judged by value, not by NODE_ENV alone: outside development
 * and test, a secret that is unset, the public development value or short refuses the start,
 * because anyone could then forge admin tokens, sessions or payment confirmations.
 */

import { isDevelopmentNodeEnv, secretProblems } from "../lib/settings-check"
import { readCodOptions } from "../modules/cod-payment/options"
import { readStripeOptions } from "../modules/stripe-payment/options"
import { readVietQrOptions } from "../modules/vietqr-payment/options"
import type { PaymentSettings } from "./payment-providers"

export const DEVELOPMENT_SECRET = "ocop-development-only-secret"
export const MIN_SESSION_SECRET_LENGTH = 32

export type WorkerMode = "shared" | "server" | "worker"

export interface RuntimeEnv {
  nodeEnv: string
  /** Outside development and test: development secrets are refused. */
  strict: boolean
  isProduction: boolean
  databaseUrl: string
  redisUrl?: string
  workerMode: WorkerMode
  jwtSecret: string
  cookieSecret: string
  storeCors: string
  adminCors: string
  authCors: string
  backendUrl: string
  adminDisabled: boolean
  /** VietQR, cash on delivery and (optional) Stripe settings. */
  payments: PaymentSettings
}

const DEFAULT_DATABASE_URL = "postgres://postgres@localhost:54329/ocop_commerce"
const DEFAULT_CORS = "http://localhost:5173,http://localhost:5174,http://localhost:9000"

function readWorkerMode(value: string | undefined, problems: string[]): WorkerMode {
  if (value === undefined || value === "") return "shared"
  if (value === "shared" || value === "server" || value === "worker") return value
  problems.push(`MEDUSA_WORKER_MODE must be shared, server or worker (got "${value}")`)
  return "shared"
}

/** Each secret serves one purpose: two variables sharing a value is a mistake worth refusing. */
function sharedSecretProblems(env: NodeJS.ProcessEnv): string[] {
  const names = ["JWT_SECRET", "COOKIE_SECRET", "VIETQR_WEBHOOK_SECRET", "VIETQR_SEAL_SECRET"]
  const problems: string[] = []
  names.forEach((name, index) => {
    const value = env[name]
    const earlier = names.slice(0, index).find((other) => value && env[other] === value)
    if (earlier) problems.push(`${name} must differ from ${earlier} (one secret per purpose)`)
  })
  return problems
}

export class UnsafeSettingsError extends Error {
  constructor(
    readonly nodeEnv: string,
    readonly problems: string[],
    strict: boolean
  ) {
    const list = problems.map((problem) => `  - ${problem}`).join("\n")
    const advice = strict
      ? "Set these variables (secrets: openssl rand -hex 32), or use NODE_ENV=development on a " +
        "developer's machine."
      : "Correct these variables."
    super(
      `Refusing to start with NODE_ENV=${nodeEnv}:\n${list}\n${advice} See README.md, Configuration.`
    )
    this.name = "UnsafeSettingsError"
  }
}

export function readRuntimeEnv(env: NodeJS.ProcessEnv = process.env): RuntimeEnv {
  const nodeEnv = env.NODE_ENV || "development"
  const strict = !isDevelopmentNodeEnv(nodeEnv)
  const isProduction = nodeEnv === "production"
  const problems: string[] = []

  const secret = (name: "JWT_SECRET" | "COOKIE_SECRET") => {
    if (strict) {
      problems.push(
        ...secretProblems(name, env[name], {
          development: DEVELOPMENT_SECRET,
          minLength: MIN_SESSION_SECRET_LENGTH,
        })
      )
    }
    return env[name] || DEVELOPMENT_SECRET
  }
  const jwtSecret = secret("JWT_SECRET")
  const cookieSecret = secret("COOKIE_SECRET")
  const vietqr = readVietQrOptions(env, { strict, production: isProduction })
  const cod = readCodOptions(env)
  const stripe = readStripeOptions(env, isProduction)
  problems.push(...vietqr.problems, ...cod.problems, ...stripe.problems)
  if (strict) problems.push(...sharedSecretProblems(env))
  const workerMode = readWorkerMode(env.MEDUSA_WORKER_MODE, problems)

  if (problems.length > 0) throw new UnsafeSettingsError(nodeEnv, [...new Set(problems)], strict)
  const port = env.PORT || "9000"
  return {
    nodeEnv,
    strict,
    isProduction,
    databaseUrl: env.DATABASE_URL || DEFAULT_DATABASE_URL,
    redisUrl: env.REDIS_URL || undefined,
    workerMode,
    jwtSecret,
    cookieSecret,
    storeCors: env.STORE_CORS || DEFAULT_CORS,
    adminCors: env.ADMIN_CORS || DEFAULT_CORS,
    authCors: env.AUTH_CORS || DEFAULT_CORS,
    backendUrl: env.MEDUSA_BACKEND_URL || `http://localhost:${port}`,
    adminDisabled: env.DISABLE_MEDUSA_ADMIN === "true" || env.MEDUSA_WORKER_MODE === "worker",
    payments: { vietqr: vietqr.value, cod: cod.value, stripe: stripe.value },
  }
}
