/**
 * Reads the backend's environment once, with development defaults that are safe only on a
 * developer's machine. In production every secret must come from the environment: a default
 * secret there would let anyone forge admin tokens, so we refuse to start instead.
 */

import { type PaymentsEnv, readPaymentsEnv } from "./payment-env"

export const DEVELOPMENT_SECRET = "ocop-development-only-secret"

export type WorkerMode = "shared" | "server" | "worker"

export interface RuntimeEnv {
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
  payments: PaymentsEnv
}

const DEFAULT_DATABASE_URL = "postgres://postgres@localhost:54329/ocop_commerce"
const DEFAULT_CORS = "http://localhost:5173,http://localhost:5174,http://localhost:9000"

function readWorkerMode(value: string | undefined): WorkerMode {
  if (value === undefined || value === "") return "shared"
  if (value === "shared" || value === "server" || value === "worker") return value
  throw new Error(`MEDUSA_WORKER_MODE must be shared, server or worker (got "${value}")`)
}

function readSecret(name: string, env: NodeJS.ProcessEnv, isProduction: boolean): string {
  const value = env[name]
  if (isProduction && (!value || value === DEVELOPMENT_SECRET)) {
    throw new Error(`${name} must be set to a strong secret when NODE_ENV=production`)
  }
  return value || DEVELOPMENT_SECRET
}

export function readRuntimeEnv(env: NodeJS.ProcessEnv = process.env): RuntimeEnv {
  const isProduction = env.NODE_ENV === "production"
  const port = env.PORT || "9000"
  return {
    isProduction,
    databaseUrl: env.DATABASE_URL || DEFAULT_DATABASE_URL,
    redisUrl: env.REDIS_URL || undefined,
    workerMode: readWorkerMode(env.MEDUSA_WORKER_MODE),
    jwtSecret: readSecret("JWT_SECRET", env, isProduction),
    cookieSecret: readSecret("COOKIE_SECRET", env, isProduction),
    storeCors: env.STORE_CORS || DEFAULT_CORS,
    adminCors: env.ADMIN_CORS || DEFAULT_CORS,
    authCors: env.AUTH_CORS || DEFAULT_CORS,
    backendUrl: env.MEDUSA_BACKEND_URL || `http://localhost:${port}`,
    adminDisabled: env.DISABLE_MEDUSA_ADMIN === "true" || env.MEDUSA_WORKER_MODE === "worker",
    payments: readPaymentsEnv(env, isProduction),
  }
}
