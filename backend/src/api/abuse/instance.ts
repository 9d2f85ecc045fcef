import { createAbuseGuards } from "./guards"
import { readAbuseLimits } from "./limits"

/**
 * This process's limiters, shared by the middlewares and the admin's unlock route: with Redis
 * (REDIS_URL) every instance counts in the same store; without it, in this process.
 */
export const abuseGuards = createAbuseGuards(readAbuseLimits())
