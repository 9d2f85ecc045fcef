import { randomUUID } from "node:crypto"
import { closeRateLimitConnections, createRateLimiter } from "../../../lib/rate-limit"
import { PIN_LOCKOUT, PinLockout } from "./pin-lockout"

const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379/5"

async function failFiveTimes(lockout: PinLockout, register: string, clerk: string) {
  const answers = []
  for (let i = 0; i < PIN_LOCKOUT.attempts; i++) {
    answers.push(await lockout.recordFailure(register, clerk, 0))
  }
  return answers
}

describe("PIN lockout", () => {
  afterAll(() => closeRateLimitConnections())

  it("locks a clerk after the fifth wrong PIN for 15 minutes, per register", async () => {
    const lockout = new PinLockout()
    const answers = await failFiveTimes(lockout, "preg_1", "pclk_1")
    expect(answers.slice(0, 4)).toEqual(
      [4, 3, 2, 1].map((left) => ({ locked: false, attemptsLeft: left }))
    )
    expect(answers[4]).toEqual({ locked: true, lockedUntil: new Date(15 * 60_000) })
    const until = await lockout.lockedUntil("preg_1", "pclk_1")
    expect(until?.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000)
    expect(await lockout.lockedUntil("preg_2", "pclk_1")).toBeNull()
    expect(await lockout.lockedUntil("preg_1", "pclk_2")).toBeNull()
  })

  it("forgets wrong PINs once the right one is entered", async () => {
    const lockout = new PinLockout()
    for (let i = 0; i < 4; i++) await lockout.recordFailure("preg_1", "pclk_3")
    await lockout.clear("preg_1", "pclk_3")
    expect(await lockout.recordFailure("preg_1", "pclk_3")).toEqual({
      locked: false,
      attemptsLeft: 4,
    })
  })

  it("with Redis, two server instances count the same wrong PINs", async () => {
    const rule = {
      keyPrefix: `test_${randomUUID()}`,
      points: PIN_LOCKOUT.attempts,
      durationSeconds: 60,
    }
    const serverA = new PinLockout(createRateLimiter(rule, REDIS_URL))
    const serverB = new PinLockout(createRateLimiter(rule, REDIS_URL))
    for (let i = 0; i < 2; i++) await serverA.recordFailure("preg_1", "pclk_1")
    for (let i = 0; i < 2; i++) await serverB.recordFailure("preg_1", "pclk_1")
    expect(await serverB.lockedUntil("preg_1", "pclk_1")).toBeNull()
    expect((await serverA.recordFailure("preg_1", "pclk_1")).locked).toBe(true)
    expect(await serverB.lockedUntil("preg_1", "pclk_1")).toBeInstanceOf(Date)
  })
})
