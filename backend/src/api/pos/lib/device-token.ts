import { createHash, randomBytes } from "node:crypto"

/** 256 random bits, shown to the manager's tablet once; only the SHA-256 is stored. */
export function newDeviceToken(): string {
  return `pdt_${randomBytes(32).toString("base64url")}`
}

export function hashDeviceToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex")
}
