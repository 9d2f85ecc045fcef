import { afterWrongPin, isPinLocked, PIN_CLEARED, PIN_LOCK_MS, PIN_PATTERN } from "./pin-lockout"

describe("afterWrongPin", () => {
  it("counts down four wrong PINs and locks on the fifth for 15 minutes", () => {
    let state = PIN_CLEARED
    const left: number[] = []
    for (let attempt = 1; attempt <= 4; attempt++) {
      const outcome = afterWrongPin(state, 1_000)
      if (outcome.locked) throw new Error("locked too early")
      left.push(outcome.attemptsLeft)
      state = outcome.state
    }
    expect(left).toEqual([4, 3, 2, 1])
    const fifth = afterWrongPin(state, 1_000)
    expect(fifth).toMatchObject({ locked: true, lockedUntil: 1_000 + PIN_LOCK_MS })
    expect(fifth.state).toEqual({ failedAttempts: 0, lockedUntil: 1_000 + 15 * 60 * 1000 })
    expect(isPinLocked(fifth.state, 1_000 + PIN_LOCK_MS - 1)).toBe(true)
    expect(isPinLocked(fifth.state, 1_000 + PIN_LOCK_MS)).toBe(false)
  })

  it("accepts PINs of 4 to 6 digits only", () => {
    expect(["1234", "123456"].every((pin) => PIN_PATTERN.test(pin))).toBe(true)
    expect(["123", "1234567", "12a4", ""].some((pin) => PIN_PATTERN.test(pin))).toBe(false)
  })
})
