import Redis from "ioredis"
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from "rate-limiter-flexible"

/**
 * The one place the backend makes rate limiters (rate-limiter-flexible). With REDIS_URL every
 * server instance counts in the same Redis, so a limit holds across a load balancer; without it
 * counters live in this process (one instance, development, tests). A Redis outage falls back to
 * an in-memory limiter with the same rule rather than letting every request through.
 */
export interface RateLimitRule {
  /** Namespaces the counters ("pos_pin", "store_search"…); must be unique per rule. */
  keyPrefix: string
  /** Requests (or failures) allowed per window. */
  points: number
  /** Window length in seconds. */
  durationSeconds: number
  /** Once the points are spent, refuse for this long (seconds); 0: only until the window ends. */
  blockSeconds?: number
}

export type RateLimiter = RateLimiterAbstract

const redisClients = new Map<string, Redis>()

/** Every in-memory limiter this process made, so a test process can start a suite from zero. */
const inProcessLimiters = new Set<RateLimiterMemory>()

function redisClient(url: string): Redis {
  let client = redisClients.get(url)
  if (!client) {
    // Commands wait for the first connection (a fresh server must not count its first requests
    // in memory only), but give up after one retry when Redis is away, so that the insurance
    // limiter takes over instead of requests hanging.
    client = new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 2_000 })
    client.on("error", () => undefined)
    redisClients.set(url, client)
  }
  return client
}

export function createRateLimiter(
  rule: RateLimitRule,
  redisUrl: string | undefined = process.env.REDIS_URL || undefined
): RateLimiter {
  const options = {
    keyPrefix: `ocop_rl_${rule.keyPrefix}`,
    points: rule.points,
    duration: rule.durationSeconds,
    blockDuration: rule.blockSeconds ?? 0,
  }
  const memory = new RateLimiterMemory(options)
  inProcessLimiters.add(memory)
  if (!redisUrl) return memory
  return new RateLimiterRedis({
    ...options,
    storeClient: redisClient(redisUrl),
    insuranceLimiter: memory,
  })
}

/** rate-limiter-flexible rejects with a RateLimiterRes when points run out, or an Error. */
export function isRateLimited(rejection: unknown): rejection is RateLimiterRes {
  return rejection instanceof RateLimiterRes
}

/** Closes the Redis connections (tests, graceful shutdown). */
export async function closeRateLimitConnections(): Promise<void> {
  const clients = [...redisClients.values()]
  redisClients.clear()
  await Promise.all(clients.map((client) => client.quit().catch(() => undefined)))
}

/** The part of rate-limiter-flexible's memory store that holds its counters (no public API clears it). */
interface MemoryStore {
  _memoryStorage: { _storage: Map<string, unknown>; delete(key: string): boolean }
}

/**
 * Forgets every count kept in this process's memory. Only for a test process that runs several
 * spec files against one server (backend/integration-tests/helpers/runner.ts): each file then
 * starts with the allowances a freshly booted server has, as when it had a server of its own.
 * Answers how many limiters it cleared.
 */
export function forgetInProcessCounts(): number {
  for (const limiter of inProcessLimiters) {
    const store = (limiter as unknown as MemoryStore)._memoryStorage
    for (const key of [...store._storage.keys()]) store.delete(key)
  }
  return inProcessLimiters.size
}
