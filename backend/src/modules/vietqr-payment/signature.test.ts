import { createHmac } from "node:crypto"
import {
  sealConfirmation,
  signWebhook,
  verifyWebhook,
  WEBHOOK_TOLERANCE_SECONDS,
} from "./signature"

const secret = "unit-test-secret-0123456789"
const body = Buffer.from('{"transaction_id":"FT1","amount":120000}')
const now = 1_760_000_000

function check(overrides: Partial<Parameters<typeof verifyWebhook>[0]>) {
  const timestamp = String(now)
  return verifyWebhook({
    secret,
    timestamp,
    signature: signWebhook(secret, timestamp, body),
    rawBody: body,
    nowSeconds: now,
    ...overrides,
  })
}

describe("VietQR webhook signature", () => {
  it("is hex HMAC-SHA256 over the timestamp, a dot and the raw body", () => {
    const expected = createHmac("sha256", secret).update(`${now}.${body.toString()}`).digest("hex")
    expect(signWebhook(secret, String(now), body)).toBe(expected)
    expect(signWebhook(secret, String(now), body.toString())).toBe(expected)
  })

  it("accepts a fresh, correctly signed body (upper-case hex too)", () => {
    expect(check({})).toEqual({ ok: true, timestamp: now })
    const upper = signWebhook(secret, String(now), body).toUpperCase()
    expect(check({ signature: upper }).ok).toBe(true)
  })

  it("refuses missing headers, bad timestamps, other secrets, changed bytes and old or future times", () => {
    expect(check({ signature: undefined })).toEqual({ ok: false, reason: "missing_headers" })
    expect(check({ rawBody: undefined })).toEqual({ ok: false, reason: "missing_headers" })
    expect(check({ timestamp: "12a" })).toEqual({ ok: false, reason: "bad_timestamp" })
    expect(check({ secret: "another-secret" })).toEqual({ ok: false, reason: "bad_signature" })
    expect(check({ rawBody: Buffer.from(`${body.toString()} `) })).toEqual({
      ok: false,
      reason: "bad_signature",
    })
    expect(check({ signature: "abc" })).toEqual({ ok: false, reason: "bad_signature" })
    const late = now + WEBHOOK_TOLERANCE_SECONDS + 1
    expect(check({ nowSeconds: late })).toEqual({ ok: false, reason: "stale_timestamp" })
    expect(check({ nowSeconds: now - WEBHOOK_TOLERANCE_SECONDS - 1 })).toEqual({
      ok: false,
      reason: "stale_timestamp",
    })
    expect(check({ nowSeconds: now + WEBHOOK_TOLERANCE_SECONDS }).ok).toBe(true)
  })

  it("seals a confirmation to its reference, amount and transfer", () => {
    const facts = { reference: "OCOPK3XQ7M2ZAB", amount: 120_000, transfer_id: "bktr_1" }
    const seal = sealConfirmation(secret, facts)
    expect(seal).toMatch(/^[0-9a-f]{64}$/)
    expect(sealConfirmation(secret, { ...facts, amount: 120_001 })).not.toBe(seal)
    expect(sealConfirmation(secret, { ...facts, transfer_id: "bktr_2" })).not.toBe(seal)
    expect(sealConfirmation("other-secret", facts)).not.toBe(seal)
  })
})
