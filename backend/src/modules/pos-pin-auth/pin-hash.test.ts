import { hashPin, verifyPin } from "./pin-hash"

// A small cost keeps the test fast; the format records it, so verification uses the same.
const FAST = { logN: 10, r: 8, p: 1 }

describe("PIN hashes", () => {
  it("verify the PIN they were made from and nothing else", async () => {
    const stored = await hashPin("2468", FAST)
    expect(stored).toMatch(/^scrypt\$10\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/)
    expect(await verifyPin("2468", stored)).toBe(true)
    expect(await verifyPin("2469", stored)).toBe(false)
    expect(await verifyPin("24680", stored)).toBe(false)
  })

  it("salt every hash, so equal PINs do not show", async () => {
    expect(await hashPin("1111", FAST)).not.toBe(await hashPin("1111", FAST))
  })

  it("default to the slow scrypt cost", async () => {
    expect(await hashPin("1111")).toMatch(/^scrypt\$15\$8\$1\$/)
  })

  it.each([
    undefined,
    42,
    "",
    "plain",
    "bcrypt$10$8$1$c2FsdA==$aGFzaA==",
    "scrypt$x$8$1$c2FsdA==$aGFzaA==",
    "scrypt$30$8$1$c2FsdA==$aGFzaA==",
    "scrypt$10$8$1$$",
  ])("refuse what they did not write: %j", async (stored) => {
    expect(await verifyPin("1111", stored)).toBe(false)
  })
})
