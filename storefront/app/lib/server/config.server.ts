/**
 * What the storefront needs to know at run time, read from its environment when the server starts
 * (never baked into the build): one image serves any shop. `npm start` passes both from the
 * database it seeded; docker-compose passes them as the container's environment.
 */
export interface StorefrontConfig {
  /** Where the server reaches the Medusa backend (server to server; browsers never call it). */
  backendUrl: string
  /** The web store sales channel's publishable key. */
  publishableKey: string
  /**
   * Stripe's publishable key (STRIPE_PUBLISHABLE_KEY), handed to Stripe.js in the browser; unset,
   * the checkout offers no card even where the backend has Stripe.
   */
  stripePublishableKey: string | null
}

export class MissingConfigError extends Error {
  override name = "MissingConfigError"
}

const HELP = {
  MEDUSA_BACKEND_URL: "the backend's URL as this server reaches it, e.g. http://localhost:9000",
  MEDUSA_PUBLISHABLE_KEY:
    "the web store sales channel's publishable key (pk_…; `npm start` prints it, Medusa Admin → Settings → Publishable API keys)",
} as const

export function readStorefrontConfig(env: NodeJS.ProcessEnv = process.env): StorefrontConfig {
  const missing = (Object.keys(HELP) as (keyof typeof HELP)[]).filter((name) => !env[name]?.trim())
  if (missing.length > 0) {
    throw new MissingConfigError(
      `The storefront cannot start: ${missing
        .map((name) => `${name} is not set (${HELP[name]})`)
        .join("; ")}.`
    )
  }
  const backendUrl = (env.MEDUSA_BACKEND_URL ?? "").trim().replace(/\/+$/, "")
  try {
    new URL(backendUrl)
  } catch {
    throw new MissingConfigError(
      `The storefront cannot start: MEDUSA_BACKEND_URL "${backendUrl}" is not a URL (${HELP.MEDUSA_BACKEND_URL}).`
    )
  }
  const stripePublishableKey = env.STRIPE_PUBLISHABLE_KEY?.trim() || null
  // a secret key here would be sent to every browser
  if (stripePublishableKey && !stripePublishableKey.startsWith("pk_")) {
    throw new MissingConfigError(
      "The storefront cannot start: STRIPE_PUBLISHABLE_KEY must be Stripe's publishable key (pk_…), never the secret key."
    )
  }
  return {
    backendUrl,
    publishableKey: (env.MEDUSA_PUBLISHABLE_KEY ?? "").trim(),
    stripePublishableKey,
  }
}
