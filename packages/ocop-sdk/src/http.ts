import Medusa from "@medusajs/js-sdk"

/** What every call rejects with on a non-2xx answer: the API's message and the HTTP status. */
export { FetchError } from "@medusajs/js-sdk"

/** Medusa's own JS SDK: the transport under every call (publishable key, auth, errors). */
export type MedusaClient = InstanceType<typeof Medusa>
export type MedusaClientConfig = ConstructorParameters<typeof Medusa>[0]

export function createMedusaClient(config: MedusaClientConfig): MedusaClient {
  return new Medusa(config)
}

/** Query strings as js-sdk sends them (qs-encoded; arrays repeat the key). */
export type Query = Record<string, unknown>

/** Which abuse limit refused a request. */
export type LimitReason = "sign_in" | "requests" | "unpaid_orders" | "bank_notifications"

/**
 * The body of a 429 from our abuse limits, on any route they guard (sign-in, cart writes,
 * checkout, bank notifications); the `Retry-After` header carries the same seconds. The message
 * is in the request's language (x-medusa-locale, else Accept-Language; Vietnamese by default).
 */
export interface TooManyRequestsBody {
  type: "too_many_requests"
  code: LimitReason
  message: string
  retry_after: number
}
