import type { SettingsCheck } from "../../lib/settings-check"

/**
 * Card payments through Stripe: Medusa's own Stripe provider, registered only with
 * STRIPE_API_KEY. Stripe does not onboard Vietnamese merchants; this is for a merchant entity
 * that has an account.
 */

/** Medusa names providers pp_{identifier}_{id}: Stripe's identifier is "stripe", ours too. */
export const STRIPE_PROVIDER_ID = "pp_stripe_stripe"

/** Where the Stripe client sends its requests instead of api.stripe.com. */
export interface StripeApiBase {
  protocol: "http" | "https"
  host: string
  port: number
}

export interface StripeOptions {
  apiKey: string
  webhookSecret?: string
  /** Capture at once (true) or authorize now and capture later from the admin (false). */
  capture: boolean
  /** A Stripe-compatible server (stripe-mock, a test stand-in); absent: Stripe itself. */
  apiBase?: StripeApiBase
}

/** STRIPE_API_BASE_URL, e.g. http://127.0.0.1:12111 for stripe-mock. */
export function parseStripeApiBase(raw: string): StripeApiBase | null {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return null
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null
  // the client takes host, port and protocol only: a path would be dropped silently
  if (url.pathname !== "/" || url.search || url.hash || url.username) return null
  const protocol = url.protocol === "http:" ? "http" : "https"
  const port = url.port ? Number(url.port) : protocol === "http" ? 80 : 443
  return { protocol, host: url.hostname.replace(/^\[|\]$/g, ""), port }
}

export function readStripeOptions(
  env: NodeJS.ProcessEnv,
  production: boolean
): SettingsCheck<StripeOptions | undefined> {
  const apiKey = env.STRIPE_API_KEY?.trim()
  if (!apiKey) return { value: undefined, problems: [] }
  const problems: string[] = []
  const webhookSecret = env.STRIPE_WEBHOOK_SECRET?.trim() || undefined
  // Without it Stripe's asynchronous confirmations cannot be verified and orders stay pending.
  if (production && !webhookSecret) {
    problems.push("STRIPE_WEBHOOK_SECRET must be set when STRIPE_API_KEY is set in production")
  }
  const capture = env.STRIPE_CAPTURE?.trim() || "true"
  if (capture !== "true" && capture !== "false") {
    problems.push(`STRIPE_CAPTURE must be true or false (got "${capture}")`)
  }
  const rawBase = env.STRIPE_API_BASE_URL?.trim()
  const apiBase = rawBase ? parseStripeApiBase(rawBase) : null
  if (rawBase && !apiBase) {
    problems.push(
      `STRIPE_API_BASE_URL must be an http(s) origin such as http://127.0.0.1:12111 (got "${rawBase}")`
    )
  }
  // A stand-in takes no money: a production shop that "sells" through one must not start.
  if (rawBase && production) {
    problems.push("STRIPE_API_BASE_URL is for stripe-mock and tests; unset it in production")
  }
  return {
    value: {
      apiKey,
      webhookSecret,
      capture: capture !== "false",
      ...(apiBase ? { apiBase } : {}),
    },
    problems,
  }
}

/**
 * Registered with id "stripe" (Medusa names it pp_stripe_stripe, webhooks at
 * /hooks/payment/stripe_stripe). Always our module, so the code that runs against Stripe is the
 * code the tests run against a stand-in; it is Medusa's provider unless apiBase is set.
 */
export function stripePaymentProvider(options: StripeOptions) {
  return {
    resolve: "./src/modules/stripe-payment",
    id: "stripe",
    options: {
      apiKey: options.apiKey,
      webhookSecret: options.webhookSecret,
      capture: options.capture,
      ...(options.apiBase ? { apiBase: options.apiBase } : {}),
    },
  }
}
