import { RateLimiterMemory } from "rate-limiter-flexible"
import type { RateLimitRule } from "../../lib/rate-limit"
import { buyerKeys, SignInGuard, signInAccount, UnpaidOrderGuard } from "./guards"

// in-memory limiters, as a single backend without Redis has them
const memory = (rule: RateLimitRule) =>
  new RateLimiterMemory({
    keyPrefix: rule.keyPrefix,
    points: rule.points,
    duration: rule.durationSeconds,
  })

const signIn = (accountSeconds = 60, maxLockSeconds = 3600) =>
  new SignInGuard(
    {
      account: { points: 5, seconds: accountSeconds },
      address: { points: 30, seconds: 900 },
      maxLockSeconds,
    },
    memory
  )

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe("SignInGuard", () => {
  it("allows five attempts per account, then refuses for the window, right password or not", async () => {
    const guard = signIn()
    for (let i = 0; i < 5; i++)
      expect(await guard.attempt("user:a@x.vn", "1.2.3.4")).toEqual({ allowed: true })
    const sixth = await guard.attempt("user:a@x.vn", "1.2.3.4")
    expect(sixth).toEqual({ allowed: false, retryAfterMs: 60_000 })
    const seventh = await guard.attempt("user:a@x.vn", "1.2.3.4")
    expect(seventh.allowed).toBe(false)
    // another account from the same address is not locked
    expect(await guard.attempt("user:b@x.vn", "1.2.3.4")).toEqual({ allowed: true })
    // the same email as another actor is another account
    expect(await guard.attempt("customer:a@x.vn", "1.2.3.4")).toEqual({ allowed: true })
  })

  it("forgets an account's failures after a success", async () => {
    const guard = signIn()
    for (let i = 0; i < 4; i++) await guard.attempt("user:a@x.vn", "1.2.3.4")
    await guard.succeeded("user:a@x.vn", "1.2.3.4")
    for (let i = 0; i < 5; i++)
      expect((await guard.attempt("user:a@x.vn", "1.2.3.4")).allowed).toBe(true)
  })

  it("locks twice as long each time within a day, up to the longest lock", async () => {
    const guard = signIn(1, 3)
    const lock = async () => {
      for (let i = 0; i < 5; i++) await guard.attempt("user:a@x.vn", "1.2.3.4")
      return guard.attempt("user:a@x.vn", "1.2.3.4")
    }
    expect(await lock()).toEqual({ allowed: false, retryAfterMs: 1000 })
    await sleep(1100)
    expect(await lock()).toEqual({ allowed: false, retryAfterMs: 2000 })
    await sleep(2100)
    expect(await lock()).toEqual({ allowed: false, retryAfterMs: 3000 })
  })

  it("an admin's unlock lets the account in at once and resets the growth", async () => {
    const guard = signIn()
    for (let i = 0; i < 6; i++) await guard.attempt("user:a@x.vn", "1.2.3.4")
    await guard.unlock("user:a@x.vn")
    expect(await guard.attempt("user:a@x.vn", "1.2.3.4")).toEqual({ allowed: true })
    for (let i = 0; i < 5; i++) await guard.attempt("user:a@x.vn", "1.2.3.4")
    expect(await guard.attempt("user:a@x.vn", "1.2.3.4")).toEqual({
      allowed: false,
      retryAfterMs: 60_000,
    })
  })

  it("limits failures per address across accounts; successes give the address its point back", async () => {
    const guard = new SignInGuard(
      {
        account: { points: 5, seconds: 60 },
        address: { points: 3, seconds: 900 },
        maxLockSeconds: 60,
      },
      memory
    )
    await guard.attempt("user:a@x.vn", "1.2.3.4")
    await guard.succeeded("user:a@x.vn", "1.2.3.4")
    for (const email of ["b", "c", "d"]) {
      expect((await guard.attempt(`user:${email}@x.vn`, "1.2.3.4")).allowed).toBe(true)
    }
    const refused = await guard.attempt("user:e@x.vn", "1.2.3.4")
    expect(refused.allowed).toBe(false)
    expect(await guard.attempt("user:e@x.vn", "5.6.7.8")).toEqual({ allowed: true })
    // a body without an email counts against the address only
    expect((await guard.attempt(null, "1.2.3.4")).allowed).toBe(false)
  })
})

describe("signInAccount and buyerKeys", () => {
  it("count one account however the email is typed", () => {
    expect(signInAccount("user", "  Admin@OCOP.vn ")).toBe("user:admin@ocop.vn")
    expect(signInAccount("user", " ")).toBeNull()
  })

  it("count one buyer however the email or phone is typed", () => {
    expect(
      buyerKeys({
        email: " Khach@Example.VN",
        phones: ["+84 912 345 678", "0912345678", null, " "],
      })
    ).toEqual(["email:khach@example.vn", "phone:0912345678"])
    expect(buyerKeys({ email: null, phones: ["(0205) 3833 111"] })).toEqual(["phone:02053833111"])
  })
})

describe("UnpaidOrderGuard", () => {
  it("refuses a buyer's checkout once any of their keys has its allowance of unpaid orders", async () => {
    const guard = new UnpaidOrderGuard({ points: 2, seconds: 3600 }, memory)
    const buyer = ["email:a@x.vn", "phone:0912345678"]
    expect(await guard.check(buyer)).toEqual({ allowed: true })
    await guard.record(buyer)
    await guard.record(["email:b@x.vn", "phone:0912345678"])
    const refused = await guard.check(["email:c@x.vn", "phone:0912345678"])
    expect(refused.allowed).toBe(false)
    expect(await guard.check(["email:a@x.vn"])).toEqual({ allowed: true })
    // recording beyond the allowance keeps the buyer refused rather than failing
    await guard.record(buyer)
    expect((await guard.check(["email:a@x.vn"])).allowed).toBe(false)
  })
})
