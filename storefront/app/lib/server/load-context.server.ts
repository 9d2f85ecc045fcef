import { CatalogCache, readCatalogCacheSettings } from "./catalog-cache.server"

declare module "react-router" {
  interface AppLoadContext {
    /** The shopper's address, as this server's TRUST_PROXY reads it (absent under `react-router dev`). */
    clientAddress?: string
    /** Guests' catalog answers shared for a few seconds (absent when STOREFRONT_CATALOG_CACHE_MS=0). */
    catalogCache?: CatalogCache
  }
}

/**
 * TRUST_PROXY of the storefront's own server, with the backend's meanings, as Express's
 * `trust proxy` setting: unset or "false" believes no X-Forwarded-For (the socket's address is the
 * shopper's: the storefront faces the internet); a number trusts that many proxies in front; a
 * comma-separated list of addresses, subnets or loopback/linklocal/uniquelocal trusts those; "true"
 * trusts every hop. A malformed address stops the server when Express compiles the setting.
 */
export function trustProxySetting(value: string | undefined): boolean | number | string[] {
  const setting = (value ?? "").trim()
  if (setting === "" || setting === "false" || setting === "0") return false
  if (setting === "true") return true
  if (/^\d+$/.test(setting)) return Number(setting)
  return setting.split(",").map((entry) => entry.trim())
}

/** One client, one address, whether it came over IPv4 or as an IPv4-mapped IPv6 address. */
function plainAddress(address: string | undefined): string | undefined {
  if (!address) return undefined
  return address.startsWith("::ffff:") ? address.slice("::ffff:".length) : address
}

/**
 * What server.mjs gives every loader and action: the shopper's address (Express's `req.ip` under
 * the `trust proxy` setting above) and the server's catalog cache, made once per server.
 */
export function createLoadContext(env: NodeJS.ProcessEnv = process.env) {
  const settings = readCatalogCacheSettings(env)
  const catalogCache = settings ? new CatalogCache(settings) : undefined
  return (req: { ip?: string }) => ({ clientAddress: plainAddress(req.ip), catalogCache })
}
