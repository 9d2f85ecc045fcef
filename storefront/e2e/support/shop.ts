import { type ChildProcess, spawn } from "node:child_process"
import { createHmac } from "node:crypto"
import { existsSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import {
  dropDatabase,
  runStep,
  type StripeApiStandIn,
  scratchDatabaseUrl,
  startBackend,
  startStripeApiStandIn,
  waitForHttp,
} from "@ocop/dev-stack"

const here = dirname(fileURLToPath(import.meta.url))

/**
 * A real shop for browser tests: the team's startBackend() (a scratch database migrated and seeded
 * with the demo catalog, `medusa start`) and the storefront's production server (built once), on
 * the storefront's ports. One per test file; `stop()` ends both servers and drops the database.
 */
const storefrontDir = join(here, "..", "..")

export const VIETQR = {
  bankBin: "970418",
  accountNumber: "12010000123456",
  accountName: "HTX NONG SAN BAC SON",
  webhookSecret: "storefront-e2e-webhook-secret-0123456789",
}

/**
 * The shop has Stripe: the backend's provider talks to a local Stripe API stand-in
 * (STRIPE_API_BASE_URL) and the storefront hands this publishable key to Stripe.js, which the
 * tests serve as a stand-in too (stripeJsStandIn).
 */
export const STRIPE = {
  secretKey: "sk_test_ocop_storefront_e2e",
  publishableKey: "pk_test_ocop_storefront_e2e",
  webhookSecret: "whsec_ocop_storefront_e2e",
}

const E2E_ADMIN = { email: "e2e-admin@ocop.test", password: "e2e-storefront-password" }

export interface Shop {
  backendUrl: string
  storefrontUrl: string
  publishableKey: string
  databaseUrl: string
  /** The Stripe API stand-in the backend's card payments go to. */
  stripe: StripeApiStandIn
  log: () => string
  stop: () => Promise<void>
}

function startProcess(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  sink: (text: string) => void
) {
  const child = spawn(command, args, {
    cwd,
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  })
  child.stdout?.on("data", (chunk: Buffer) => sink(chunk.toString()))
  child.stderr?.on("data", (chunk: Buffer) => sink(chunk.toString()))
  return child
}

async function stopProcess(child: ChildProcess | undefined) {
  if (!child?.pid || child.exitCode !== null) return
  const exited = new Promise((resolve) => child.once("exit", resolve))
  process.kill(-child.pid, "SIGTERM")
  const timer = setTimeout(() => child.pid && process.kill(-child.pid, "SIGKILL"), 15_000)
  await exited
  clearTimeout(timer)
}

/** `react-router build` once per run (the servers of every file share the build). */
export async function buildStorefront(): Promise<void> {
  if (
    process.env.STOREFRONT_E2E_SKIP_BUILD === "1" &&
    existsSync(join(storefrontDir, "build", "server", "index.js"))
  ) {
    return
  }
  await runStep({
    name: "storefront-build",
    command: "npm run build",
    cwd: storefrontDir,
    env: { ...process.env, NODE_ENV: "production", NODE_OPTIONS: "" },
  })
}

export async function startStorefront(
  env: { backendUrl: string; publishableKey: string; stripePublishableKey?: string },
  port = Number(process.env.STOREFRONT_E2E_PORT || 5184)
) {
  let log = ""
  const child = startProcess(
    process.execPath,
    ["server.mjs"],
    storefrontDir,
    {
      ...process.env,
      NODE_ENV: "production",
      NODE_OPTIONS: "",
      PORT: String(port),
      HOST: "127.0.0.1",
      MEDUSA_BACKEND_URL: env.backendUrl,
      MEDUSA_PUBLISHABLE_KEY: env.publishableKey,
      STRIPE_PUBLISHABLE_KEY: env.stripePublishableKey ?? "",
    },
    (text) => {
      log += text
    }
  )
  const url = `http://localhost:${port}`
  await waitForHttp(`${url}/robots.txt`, { timeoutMs: 60_000 })
  return { url, child, log: () => log, stop: () => stopProcess(child) }
}

export async function startShop(name: string): Promise<Shop> {
  const databaseUrl = scratchDatabaseUrl(`ocop_e2e_storefront_${name}_${Date.now()}`)
  const stripe = await startStripeApiStandIn()
  const [backend] = await Promise.all([
    startBackend({
      port: Number(process.env.STOREFRONT_E2E_BACKEND_PORT || 9104),
      databaseUrl,
      env: {
        VIETQR_BANK_BIN: VIETQR.bankBin,
        VIETQR_ACCOUNT_NUMBER: VIETQR.accountNumber,
        VIETQR_ACCOUNT_NAME: VIETQR.accountName,
        VIETQR_WEBHOOK_SECRET: VIETQR.webhookSecret,
        // the seed enables pp_stripe_stripe on the Vietnam region when the key is set
        STRIPE_API_KEY: STRIPE.secretKey,
        STRIPE_WEBHOOK_SECRET: STRIPE.webhookSecret,
        STRIPE_API_BASE_URL: stripe.url,
      },
      setup: ({ medusa }) => medusa(`user -e ${E2E_ADMIN.email} -p ${E2E_ADMIN.password}`),
    }),
    buildStorefront(),
  ])
  if (!backend.webStoreKey) throw new Error("the seed left the web store without a publishable key")
  const storefront = await startStorefront({
    backendUrl: backend.url,
    publishableKey: backend.webStoreKey,
    stripePublishableKey: STRIPE.publishableKey,
  })
  return {
    backendUrl: backend.url,
    storefrontUrl: storefront.url,
    publishableKey: backend.webStoreKey,
    databaseUrl,
    stripe,
    log: () => `${backend.output()}\n--- storefront ---\n${storefront.log()}`,
    stop: async () => {
      await storefront.stop()
      await backend.stop()
      await stripe.close()
      await dropDatabase(databaseUrl)
    },
  }
}

/** A bank's transfer notification for an order's reference and amount, signed as the bank must. */
export async function notifyTransfer(shop: Shop, reference: string, amount: number) {
  const body = JSON.stringify({
    transaction_id: `e2e-${Date.now()}`,
    reference,
    amount,
    account_number: VIETQR.accountNumber,
    bank_bin: VIETQR.bankBin,
    paid_at: new Date().toISOString(),
    description: `${reference} thanh toan don hang`,
  })
  const timestamp = String(Math.floor(Date.now() / 1000))
  const signature = createHmac("sha256", VIETQR.webhookSecret)
    .update(`${timestamp}.${body}`)
    .digest("hex")
  return fetch(`${shop.backendUrl}/hooks/vietqr`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-vietqr-timestamp": timestamp,
      "x-vietqr-signature": signature,
    },
    body,
  })
}

/** A bearer token of the e2e admin user (created with the shop), for Medusa's admin API. */
export async function adminToken(shop: Shop): Promise<string> {
  const response = await fetch(`${shop.backendUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(E2E_ADMIN),
  })
  const { token } = (await response.json()) as { token: string }
  return token
}

export async function adminGet<T>(shop: Shop, path: string): Promise<T> {
  const response = await fetch(`${shop.backendUrl}${path}`, {
    headers: { authorization: `Bearer ${await adminToken(shop)}` },
  })
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}
