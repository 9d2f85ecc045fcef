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
