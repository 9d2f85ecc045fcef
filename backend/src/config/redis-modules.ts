/**
 * With Redis, several server instances and one worker can share events, workflow state, locks and
 * cache. Without it Medusa's in-process defaults are used, which only work for a single process
 * (and the Caching Module keeps its entries in memory).
 */
export function redisModules(redisUrl: string | undefined) {
  if (!redisUrl) return []
  return [
    { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
    { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
    {
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/locking-redis",
            id: "locking-redis",
            is_default: true,
            options: { redisUrl },
          },
        ],
      },
    },
    cachingModule(redisUrl),
  ]
}

/**
 * Medusa's Caching Module, which the store catalog caches through (ADR 0006): Redis, shared by
 * every instance, with REDIS_URL; the module's in-memory provider otherwise (one process, the only
 * deployment without Redis). Medusa's own route caching stays behind MEDUSA_FF_CACHING.
 */
export function cachingModule(redisUrl: string | undefined) {
  if (!redisUrl) {
    return { resolve: "@medusajs/medusa/caching", options: { in_memory: { enable: true } } }
  }
  return {
    resolve: "@medusajs/medusa/caching",
    options: {
      providers: [
        {
          resolve: "@medusajs/caching-redis",
          id: "caching-redis",
          is_default: true,
          options: { redisUrl },
        },
      ],
    },
  }
}
