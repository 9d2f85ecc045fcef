import { checkSignInTicket, issueSignInTicket } from "./sign-in-ticket"

const SECRET = "a-secret-long-enough-for-tests"
const CLAIMS = { clerk_id: "pclk_1", register_id: "preg_1" }

describe("sign-in tickets", () => {
  it("vouch for one clerk at one register, for a short while", () => {
    const now = 1_000_000
    const ticket = issueSignInTicket(SECRET, CLAIMS, now)
    expect(checkSignInTicket(SECRET, ticket, CLAIMS, now + 29_000)).toBe(true)
    expect(checkSignInTicket(SECRET, ticket, CLAIMS, now + 31_000)).toBe(false)
    expect(checkSignInTicket(SECRET, ticket, { ...CLAIMS, clerk_id: "pclk_2" }, now)).toBe(false)
    expect(checkSignInTicket(SECRET, ticket, { ...CLAIMS, register_id: "preg_2" }, now)).toBe(false)
    expect(checkSignInTicket("another-secret-entirely", ticket, CLAIMS, now)).toBe(false)
  })

  it.each([undefined, "", "123", "abc.def", `${Number.MAX_VALUE}.x`])(
    "refuse a forged ticket %j",
    (ticket) => {
      expect(checkSignInTicket(SECRET, ticket, CLAIMS, 0)).toBe(false)
    }
  )
})
