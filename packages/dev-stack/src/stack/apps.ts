import { existsSync, readFileSync } from "node:fs"
import { join } from "node:path"

export interface StackApp {
  /** Label printed before the URL. */
  label: "storefront" | "POS"
  dir: string
  port: number
  url: string
}

interface AppSpec {
  label: StackApp["label"]
  folder: string
  portVariable: string
  defaultPort: number
}

const APP_SPECS: AppSpec[] = [
  { label: "storefront", folder: "storefront", portVariable: "STOREFRONT_PORT", defaultPort: 5173 },
  { label: "POS", folder: "pos", portVariable: "POS_PORT", defaultPort: 5174 },
]

function hasStartScript(dir: string): boolean {
  const manifest = join(dir, "package.json")
  if (!existsSync(manifest)) return false
  const scripts = JSON.parse(readFileSync(manifest, "utf8")).scripts ?? {}
  return typeof scripts.start === "string"
}

/**
 * What an app needs at run time besides its port: the storefront renders on the server and calls
 * the store API with the web store's publishable key, and offers the card when the shop has
 * Stripe (STRIPE_PUBLISHABLE_KEY from the caller's environment); every app gets the backend URL.
 */
export function appEnv(
  app: StackApp,
  backendUrl: string,
  webStoreKey: string | null,
  callerEnv: NodeJS.ProcessEnv = process.env
): Record<string, string> {
  const env: Record<string, string> = { PORT: String(app.port), VITE_BACKEND_URL: backendUrl }
  if (app.label === "storefront") {
    env.MEDUSA_BACKEND_URL = backendUrl
    if (webStoreKey) env.MEDUSA_PUBLISHABLE_KEY = webStoreKey
    const stripeKey = callerEnv.STRIPE_PUBLISHABLE_KEY?.trim()
    if (stripeKey) env.STRIPE_PUBLISHABLE_KEY = stripeKey
  }
  return env
}

/** The front-end apps present in this checkout; each runs its own `npm start` on its port. */
export function discoverApps(checkoutRoot: string, env: NodeJS.ProcessEnv = process.env) {
  const present: StackApp[] = []
  const missing: AppSpec["label"][] = []
  for (const spec of APP_SPECS) {
    const dir = join(checkoutRoot, spec.folder)
    if (!hasStartScript(dir)) {
      missing.push(spec.label)
      continue
    }
    const port = Number(env[spec.portVariable] || spec.defaultPort)
    present.push({ label: spec.label, dir, port, url: `http://localhost:${port}` })
  }
  return { present, missing }
}
