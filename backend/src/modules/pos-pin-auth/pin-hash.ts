import { randomBytes, scrypt, timingSafeEqual } from "node:crypto"

/**
 * PINs are short, so the hash must be slow: scrypt with N = 2^15, r = 8, p = 1 (the parameters
 * Medusa's emailpass provider uses for passwords) costs ~50–100 ms and 32 MB per guess. Together
 * with the lockout after five wrong PINs this is what keeps a stolen database from giving PINs
 * away quickly. Stored as "scrypt$<logN>$<r>$<p>$<salt>$<hash>" (base64) so that the cost can grow.
 */
const DEFAULT_COST = { logN: 15, r: 8, p: 1 }
const KEY_LENGTH = 32

/** What a PIN is (4 to 6 digits): the till's rule in @ocop/core. */
export { PIN_PATTERN } from "@ocop/core"

function derive(
  pin: string,
  salt: Buffer,
  cost: { logN: number; r: number; p: number }
): Promise<Buffer> {
  const N = 2 ** cost.logN
  return new Promise((resolve, reject) => {
    scrypt(
      pin.normalize("NFC"),
      salt,
      KEY_LENGTH,
      { N, r: cost.r, p: cost.p, maxmem: 256 * N * cost.r },
      (error, key) => (error ? reject(error) : resolve(key))
    )
  })
}

export async function hashPin(pin: string, cost = DEFAULT_COST): Promise<string> {
  const salt = randomBytes(16)
  const key = await derive(pin, salt, cost)
  return [
    "scrypt",
    cost.logN,
    cost.r,
    cost.p,
    salt.toString("base64"),
    key.toString("base64"),
  ].join("$")
}

/** False for a wrong PIN and for anything that is not a hash this file wrote. */
export async function verifyPin(pin: string, stored: unknown): Promise<boolean> {
  if (typeof stored !== "string") return false
  const [scheme, logN, r, p, salt, hash] = stored.split("$")
  if (scheme !== "scrypt" || !salt || !hash) return false
  const cost = { logN: Number(logN), r: Number(r), p: Number(p) }
  if (![cost.logN, cost.r, cost.p].every((n) => Number.isInteger(n) && n > 0)) return false
  if (cost.logN > 20) return false
  const expected = Buffer.from(hash, "base64")
  const actual = await derive(pin, Buffer.from(salt, "base64"), cost)
  return expected.length === actual.length && timingSafeEqual(expected, actual)
}
