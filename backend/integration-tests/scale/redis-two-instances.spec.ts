import { join } from "node:path"
import {
  dropDatabase,
  ensureDatabase,
  runStep,
  scratchDatabaseUrl,
  stopCommands,
  waitForHttp,
} from "@ocop/dev-stack"
import { type Command, concurrently } from "concurrently"
import Redis from "ioredis"

/**
 * Scaling out means several server processes and one worker sharing PostgreSQL and Redis. This
 * boots two real server instances (no test runner in between) against one database and one
 * Redis, and checks both load the Redis modules and serve.
 */
const backendDir = join(__dirname, "..", "..")
const medusaBin = join(backendDir, "..", "node_modules", ".bin", "medusa")
const redisUrl = process.env.REDIS_URL || "redis://127.0.0.1:6379/3"
const ports = [9311, 9312]

describe("two backend instances on one PostgreSQL and one Redis", () => {
  const url = scratchDatabaseUrl(`ocop_scale_${Date.now()}`)
  const output = new Map<number, string>()
  let commands: Command[] = []

  beforeAll(async () => {
    await ensureDatabase(url)
    const env = {
      NODE_ENV: "development",
      DATABASE_URL: url,
      REDIS_URL: redisUrl,
      DISABLE_MEDUSA_ADMIN: "true",
      MEDUSA_DISABLE_TELEMETRY: "true",
      // the runner's ts-node hook is for the test process, not for the apps it starts
      NODE_OPTIONS: "",
    }
    await runStep({ name: "migrate", command: `${medusaBin} db:migrate`, cwd: backendDir, env })
    const started = concurrently(
      ports.map((port) => ({
        name: `server-${port}`,
        command: `${medusaBin} start`,
        cwd: backendDir,
        env: { ...env, PORT: String(port), MEDUSA_WORKER_MODE: "server" },
      })),
      { prefix: "name", outputStream: undefined }
    )
    commands = started.commands
    started.result.catch(() => {})
    for (const [index, command] of commands.entries()) {
      const port = ports[index] as number
      output.set(port, "")
      command.stdout.subscribe((chunk) => output.set(port, output.get(port) + chunk.toString()))
    }
    // generous: two Medusa boots share two cores with whatever else the suite runs
    await Promise.all(
      ports.map((port) => waitForHttp(`http://localhost:${port}/health`, { timeoutMs: 300_000 }))
    )
  })

  afterAll(async () => {
    await stopCommands(commands)
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
      const log = output.get(port) ?? ""
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
})
