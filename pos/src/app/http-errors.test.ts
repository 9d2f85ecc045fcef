import { classifyFailure, httpStatusOf } from "./http-errors"

const answer = (status: number) => Object.assign(new Error(`HTTP ${status}`), { status })

describe("classifyFailure", () => {
  it("retries when nothing answered, or the server could not decide", () => {
    expect(classifyFailure(new TypeError("Failed to fetch"))).toBe("network")
    for (const status of [404, 405, 408, 429, 500, 502, 503]) {
      expect(classifyFailure(answer(status))).toBe("server")
    }
  })

  it("keeps a refusal of the sale itself for a manager (another register's shift is one: 403)", () => {
    for (const status of [400, 403, 409, 413, 422])
      expect(classifyFailure(answer(status))).toBe("rejected")
  })

  it("asks for a sign-in on 401", () => {
    expect(classifyFailure(answer(401))).toBe("unauthorized")
    expect(httpStatusOf({ status: "x" })).toBeNull()
  })
})
