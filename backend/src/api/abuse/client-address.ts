import type { IncomingMessage } from "node:http"
import proxyaddr from "proxy-addr"
import type { TrustProxy } from "./limits"

/**
 * The address limits are counted against. Medusa itself trusts one X-Forwarded-For hop for
 * `req.ip`, which any client can forge when no proxy stands in front; we read the socket unless
 * TRUST_PROXY names the proxies whose header is believed.
 */
export function clientAddress(req: IncomingMessage, trust: TrustProxy | null): string {
  const address = trust ? proxyaddr(req, trust) : (req.socket.remoteAddress ?? "")
  // one client, one key, whether it arrived over IPv4 or as an IPv4-mapped IPv6 address
  return address.startsWith("::ffff:") ? address.slice("::ffff:".length) : address
}
