import { DEMO_VIETQR } from "../modules/vietqr-payment/options"
import { DEVELOPMENT_SECRET, readRuntimeEnv, UnsafeSettingsError } from "./runtime-env"

const strong = (seed: string) => seed.repeat(40).slice(0, 40)
const secrets = {
  JWT_SECRET: strong("j"),
  COOKIE_SECRET: strong("c"),
  VIETQR_SEAL_SECRET: strong("s"),
}
const shopAccount = {
  VIETQR_BANK_BIN: "970436",
  VIETQR_ACCOUNT_NUMBER: "0011001234567",
  VIETQR_ACCOUNT_NAME: "HTX NONG SAN",
  VIETQR_WEBHOOK_SECRET: strong("w"),
}

function refusal(env: NodeJS.ProcessEnv): UnsafeSettingsError {
  try {
    readRuntimeEnv(env)
  } catch (error) {
    if (error instanceof UnsafeSettingsError) return error
    throw error
  }
  throw new Error("the settings were accepted")
}

describe("readRuntimeEnv", () => {
  it("gives a developer's machine working defaults (no variables at all, as npm start runs)", () => {
    for (const nodeEnv of [undefined, "development", "test"]) {
      const env = readRuntimeEnv({ NODE_ENV: nodeEnv })
      expect(env.strict).toBe(false)
      expect(env.jwtSecret).toBe(DEVELOPMENT_SECRET)
      expect(env.cookieSecret).toBe(DEVELOPMENT_SECRET)
      expect(env.payments.vietqr.isDemo).toBe(true)
    }
    const env = readRuntimeEnv({})
    expect(env.workerMode).toBe("shared")
    expect(env.redisUrl).toBeUndefined()
    expect(env.adminDisabled).toBe(false)
  })

  it("refuses NODE_ENV=staging on the defaults, naming each variable", () => {
    const error = refusal({ NODE_ENV: "staging" })
    expect(error.message).toMatch(/^Refusing to start with NODE_ENV=staging/)
    expect(error.problems).toEqual([
      expect.stringMatching(/^JWT_SECRET is not set/),
      expect.stringMatching(/^COOKIE_SECRET is not set/),
      expect.stringMatching(/^VIETQR_SEAL_SECRET is not set/),
    ])
  })

  it("judges secrets by value outside development: the development value or under 32 characters", () => {
    const problems = refusal({
      NODE_ENV: "preview",
      ...secrets,
      JWT_SECRET: DEVELOPMENT_SECRET,
      COOKIE_SECRET: "x".repeat(31),
    }).problems
    expect(problems).toEqual([
      expect.stringMatching(/^JWT_SECRET is the public development value/),
      expect.stringMatching(/^COOKIE_SECRET has 31 characters; it needs at least 32/),
    ])
    expect(readRuntimeEnv({ NODE_ENV: "staging", ...secrets }).strict).toBe(true)
  })

  it("refuses the development webhook secret once a real bank account is configured", () => {
    const env = { NODE_ENV: "staging", ...secrets, ...shopAccount }
    expect(readRuntimeEnv(env).payments.vietqr.isDemo).toBe(false)
    expect(refusal({ ...env, VIETQR_WEBHOOK_SECRET: DEMO_VIETQR.webhookSecret }).problems).toEqual([
      expect.stringMatching(/^VIETQR_WEBHOOK_SECRET is the public development value/),
    ])
    expect(refusal({ ...env, VIETQR_WEBHOOK_SECRET: undefined }).problems).toEqual([
      expect.stringMatching(/^VIETQR_WEBHOOK_SECRET is not set/),
    ])
  })

  it("refuses two purposes sharing one secret", () => {
    const problems = refusal({
      NODE_ENV: "staging",
      ...secrets,
      COOKIE_SECRET: secrets.JWT_SECRET,
    }).problems
    expect(problems).toEqual(["COOKIE_SECRET must differ from JWT_SECRET (one secret per purpose)"])
  })

  it("accepts production with its own secrets, Redis and a worker role", () => {
    const env = readRuntimeEnv({
      NODE_ENV: "production",
      ...secrets,
      ...shopAccount,
      REDIS_URL: "redis://cache:6379",
      MEDUSA_WORKER_MODE: "worker",
    })
    expect(env.isProduction).toBe(true)
    expect(env.redisUrl).toBe("redis://cache:6379")
    expect(env.workerMode).toBe("worker")
    // a worker serves no dashboard
    expect(env.adminDisabled).toBe(true)
  })

  it("names the variable when the worker mode is wrong", () => {
    expect(() => readRuntimeEnv({ MEDUSA_WORKER_MODE: "both" })).toThrow(/MEDUSA_WORKER_MODE/)
  })
})
