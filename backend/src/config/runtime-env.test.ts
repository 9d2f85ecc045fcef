import { DEVELOPMENT_SECRET, readRuntimeEnv } from "./runtime-env"

describe("readRuntimeEnv", () => {
  it("gives a developer's machine working defaults", () => {
    const env = readRuntimeEnv({})
    expect(env.isProduction).toBe(false)
    expect(env.jwtSecret).toBe(DEVELOPMENT_SECRET)
    expect(env.workerMode).toBe("shared")
    expect(env.redisUrl).toBeUndefined()
    expect(env.adminDisabled).toBe(false)
  })

  it("refuses to start in production without real secrets", () => {
    expect(() => readRuntimeEnv({ NODE_ENV: "production" })).toThrow(/JWT_SECRET must be set/)
    expect(() =>
      readRuntimeEnv({ NODE_ENV: "production", JWT_SECRET: "x".repeat(32), COOKIE_SECRET: "" })
    ).toThrow(/COOKIE_SECRET must be set/)
    expect(() =>
      readRuntimeEnv({
        NODE_ENV: "production",
        JWT_SECRET: DEVELOPMENT_SECRET,
        COOKIE_SECRET: "y".repeat(32),
      })
    ).toThrow(/JWT_SECRET/)
  })

  it("accepts production with its own secrets, Redis and a worker role", () => {
    const env = readRuntimeEnv({
      NODE_ENV: "production",
      JWT_SECRET: "x".repeat(32),
      COOKIE_SECRET: "y".repeat(32),
      REDIS_URL: "redis://cache:6379",
      MEDUSA_WORKER_MODE: "worker",
      VIETQR_BANK_BIN: "970436",
      VIETQR_ACCOUNT_NUMBER: "0011001234567",
      VIETQR_ACCOUNT_NAME: "HTX NONG SAN",
      VIETQR_WEBHOOK_SECRET: "z".repeat(32),
    })
    expect(env.redisUrl).toBe("redis://cache:6379")
    expect(env.workerMode).toBe("worker")
    // a worker serves no dashboard
    expect(env.adminDisabled).toBe(true)
  })

  it("names the variable when the worker mode is wrong", () => {
    expect(() => readRuntimeEnv({ MEDUSA_WORKER_MODE: "both" })).toThrow(/MEDUSA_WORKER_MODE/)
  })
})
