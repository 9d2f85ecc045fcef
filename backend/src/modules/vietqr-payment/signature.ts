import { createHmac, timingSafeEqual } from "node:crypto"

/** Notifications older (or further in the future) than this are refused as possible replays. */
export const WEBHOOK_TOLERANCE_SECONDS = 5 * 60

export function hmacHex(secret: string, message: string | Buffer): string {
  return createHmac("sha256", secret).update(message).digest("hex")
}

/** The webhook signature: hex HMAC-SHA256(secret, `${timestamp}.${rawBody}`). */
export function signWebhook(secret: string, timestamp: string, rawBody: string | Buffer): string {
  const body = typeof rawBody === "string" ? Buffer.from(rawBody, "utf8") : rawBody
  return hmacHex(secret, Buffer.concat([Buffer.from(`${timestamp}.`, "utf8"), body]))
}

/** Compares two hex strings in constant time (for equal lengths; length itself is not secret). */
export function safeEqualHex(expected: string, given: string): boolean {
  const a = Buffer.from(expected, "utf8")
  const b = Buffer.from(given.trim().toLowerCase(), "utf8")
  return a.length === b.length && timingSafeEqual(a, b)
}

export type WebhookCheck =
  | { ok: true; timestamp: number }
  | { ok: false; reason: "missing_headers" | "bad_timestamp" | "stale_timestamp" | "bad_signature" }

export function verifyWebhook(input: {
  secret: string
  timestamp: string | undefined
  signature: string | undefined
  rawBody: Buffer | undefined
  nowSeconds: number
}): WebhookCheck {
  const { secret, timestamp, signature, rawBody, nowSeconds } = input
  if (!timestamp || !signature || !rawBody) return { ok: false, reason: "missing_headers" }
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: "bad_timestamp" }
  // The signature is checked before the clock so that a forged request learns nothing else.
  if (!safeEqualHex(signWebhook(secret, timestamp, rawBody), signature)) {
    return { ok: false, reason: "bad_signature" }
  }
  const seconds = Number(timestamp)
  if (Math.abs(nowSeconds - seconds) > WEBHOOK_TOLERANCE_SECONDS) {
    return { ok: false, reason: "stale_timestamp" }
  }
  return { ok: true, timestamp: seconds }
}

export interface ConfirmationFacts {
  reference: string
  amount: number
  transfer_id: string
}

/**
 * A seal over a confirmed transfer written into a payment session. Session data can also be
 * written by a storefront (it is passed through when a session is created), so the provider
 * authorizes only transfers sealed with the server's secret.
 */
export function sealConfirmation(secret: string, facts: ConfirmationFacts): string {
  return hmacHex(
    secret,
    `vietqr-confirmation|${facts.reference}|${facts.amount}|${facts.transfer_id}`
  )
}
