import { createHmac, timingSafeEqual } from "node:crypto"

/**
 * The PIN provider answers only requests that our POS sign-in route vouched for: the route checks
 * the paired device and the lockout first, then hands the provider a ticket signed with the app's
 * secret. Medusa's generic /auth/{actor}/{provider} routes reach the provider without a ticket and
 * are refused before any PIN is compared, so they cannot be used to guess PINs past the lockout.
 */
export interface SignInTicketClaims {
  clerk_id: string
  register_id: string
  /** Unix milliseconds after which the ticket is worthless. */
  expires_at: number
}

const TICKET_LIFETIME_MS = 30_000

function mac(secret: string, claims: SignInTicketClaims): string {
  return createHmac("sha256", secret)
    .update(`pos-pin-ticket.${claims.clerk_id}.${claims.register_id}.${claims.expires_at}`)
    .digest("base64url")
}

export function issueSignInTicket(
  secret: string,
  claims: Omit<SignInTicketClaims, "expires_at">,
  now = Date.now()
): string {
  const full = { ...claims, expires_at: now + TICKET_LIFETIME_MS }
  return `${full.expires_at}.${mac(secret, full)}`
}

export function checkSignInTicket(
  secret: string,
  ticket: unknown,
  claims: Omit<SignInTicketClaims, "expires_at">,
  now = Date.now()
): boolean {
  if (typeof ticket !== "string") return false
  const [expires, signature] = ticket.split(".")
  const expiresAt = Number(expires)
  if (!signature || !Number.isSafeInteger(expiresAt) || expiresAt < now) return false
  const expected = Buffer.from(mac(secret, { ...claims, expires_at: expiresAt }))
  const actual = Buffer.from(signature)
  return expected.length === actual.length && timingSafeEqual(expected, actual)
}
