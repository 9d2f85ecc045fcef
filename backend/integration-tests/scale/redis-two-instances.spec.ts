import { randomInt } from "node:crypto"
import { Agent, request } from "node:http"
import {
  dropDatabase,
  type RunningBackend,
  scratchDatabaseUrl,
  startBackend,
} from "@ocop/dev-stack"
import Redis from "ioredis"

/**
 * Scaling out means several server processes and one worker sharing PostgreSQL and Redis. This
 * boots two real server instances (no test runner in between) against one database and one
 * Redis, and checks both load the Redis modules, serve, and share the abuse limits' counters.
 */
const redisUrl = process.env.REDIS_URL || "redis://127.0.0.1:6379/3"
// each engineer's checkout runs these on its own two ports ("9101,9111")
const ports = (process.env.SCALE_TEST_PORTS || "9311,9312").split(",").map(Number)

describe("two backend instances on one PostgreSQL and one Redis", () => {
  const url = scratchDatabaseUrl(`ocop_scale_${Date.now()}`)
  const instances: RunningBackend[] = []
  const output = (port: number) => instances.find((i) => i.port === port)?.output() ?? ""

  beforeAll(async () => {
    const env = { REDIS_URL: redisUrl, MEDUSA_WORKER_MODE: "server" }
    // the first migrates the shared database, the second only boots on it
    const first = await startBackend({
      port: ports[0] as number,
      databaseUrl: url,
      seed: false,
      env,
    })
    instances.push(first)
    instances.push(
      await startBackend({
        port: ports[1] as number,
        databaseUrl: url,
        migrate: false,
        seed: false,
        env,
      })
    )
  })

  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.stop()))
    await dropDatabase(url)
  })

  it("both instances serve the API", async () => {
    for (const port of ports) {
      const health = await fetch(`http://localhost:${port}/health`)
      expect(health.status).toBe(200)
      const store = await fetch(`http://localhost:${port}/store/products`)
      // reaching the publishable-key check proves the request went through Medusa's stack
      expect(store.status).toBe(400)
    }
  })

  it("each instance loaded the Redis event bus, workflow engine, locking and caching", () => {
    for (const port of ports) {
      const log = output(port)
      expect(log).not.toMatch(/Local Event Bus installed/)
      expect(log).not.toMatch(/redisUrl not found/)
      expect(log).toMatch(/Connection to Redis in module 'event-bus-redis' established/)
      expect(log).toMatch(/Connection to Redis in module 'workflow-engine-redis' established/)
      expect(log).toMatch(/locking-redis.{0,4} provider established/)
      expect(log).toMatch(/Redis cache connection established/)
    }
  })

  it("the instances share one Redis: the event bus and workflow queues are there", async () => {
    const redis = new Redis(redisUrl)
    try {
      expect(await redis.exists("RedisEventBusService:events-queue:meta")).toBe(1)
      expect(await redis.exists("bull:medusa-workflows:meta")).toBe(1)
    } finally {
      redis.disconnect()
    }
  })

  /** A sign-in sent from `address` (a loopback address of its own) to one instance. */
  const signIn = (port: number, address: string, email: string) =>
    postFrom(port, address, "/auth/user/emailpass", { email, password: "wrong" })

  it("a client cannot double its sign-in allowance by alternating instances (per account)", async () => {
    // Redis keeps counters between runs: this run's account and address are its own
    const email = `alternating-${Date.now()}@ocop.test`
    const address = freshLoopbackAddress()
    const statuses: number[] = []
    for (let attempt = 0; attempt < 6; attempt++) {
      const port = ports[attempt % 2] as number
      statuses.push((await signIn(port, address, email)).status)
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429])
    // and the lock holds on both
    for (const port of ports) expect((await signIn(port, address, email)).status).toBe(429)
  })

  it("nor its per-address allowance (30 failed sign-ins over any accounts)", async () => {
    const address = freshLoopbackAddress()
    const run = Date.now()
    const statuses: number[] = []
    for (let attempt = 0; attempt < 31; attempt++) {
      const port = ports[attempt % 2] as number
      statuses.push((await signIn(port, address, `a${attempt}-${run}@ocop.test`)).status)
    }
    expect(statuses.slice(0, 30).every((status) => status === 401)).toBe(true)
    const last = await signIn(ports[0] as number, address, `again-${run}@ocop.test`)
    expect([statuses[30], last.status]).toEqual([429, 429])
    expect(Number(last.retryAfter)).toBeGreaterThan(0)
  })
})

function freshLoopbackAddress(): string {
  return `127.${randomInt(1, 255)}.${randomInt(1, 255)}.${randomInt(1, 255)}`
}

/** POSTs JSON from a given local address (node:http: fetch cannot choose its source address). */
function postFrom(
  port: number,
  localAddress: string,
  path: string,
  body: unknown
): Promise<{ status: number; retryAfter: string | null }> {
  return new Promise((resolve, reject) => {
    const payload = JSON.stringify(body)
    const req = request(
      {
        host: "127.0.0.1",
        port,
        path,
        method: "POST",
        agent: new Agent({ localAddress }),
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(payload),
        },
      },
      (res) => {
        res.resume()
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, retryAfter: res.headers["retry-after"] ?? null })
        )
      }
    )
    req.on("error", reject)
    req.end(payload)
  })
}
