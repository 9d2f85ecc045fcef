import { parseVnd } from "@ocop/core"

/**
 * Payment settings read from the environment. Development gets a clearly labelled demo bank
 * account so checkout works out of the box; production refuses to start without the shop's real
 * account and webhook secret, because a demo account there would send customers' money nowhere.
 */

export type VietQrServiceKind = "account" | "card"

export interface VietQrEnv {
  /** 6-digit NAPAS BIN of the receiving bank. */
  bankBin: string
  /** Account number (or card number when service is "card"). */
  accountNumber: string
  /** Account holder's name as the bank shows it; shown beside the QR. */
  accountName: string
  /** Shared secret of the bank/aggregator notification webhook (HMAC-SHA256). */
  webhookSecret: string
  service: VietQrServiceKind
  /** True when the built-in demo account is used (development only). */
  isDemo: boolean
}

export interface StripeEnv {
  apiKey: string
  webhookSecret?: string
  /** Capture at once (true) or authorize now and capture later from the admin (false). */
  capture: boolean
}

export interface PaymentsEnv {
  vietqr: VietQrEnv
  /** Largest order total, in đồng, that may be paid cash on delivery. */
  codMaxOrderVnd: number
  /** Present only when STRIPE_API_KEY is set. */
  stripe?: StripeEnv
}

export const DEMO_VIETQR: Readonly<Omit<VietQrEnv, "service" | "isDemo">> = {
  bankBin: "970436",
  accountNumber: "0000000000",
  accountName: "OCOP DEMO - KHONG CHUYEN TIEN",
  webhookSecret: "ocop-development-vietqr-webhook-secret",
}

export const DEFAULT_COD_MAX_ORDER_VND = 5_000_000

const MIN_WEBHOOK_SECRET_LENGTH = 16

function fail(message: string): never {
  throw new Error(message)
}

function readVietQr(env: NodeJS.ProcessEnv, isProduction: boolean): VietQrEnv {
  const given = {
    bankBin: env.VIETQR_BANK_BIN?.trim() || undefined,
    accountNumber: env.VIETQR_ACCOUNT_NUMBER?.trim() || undefined,
    accountName: env.VIETQR_ACCOUNT_NAME?.trim() || undefined,
    webhookSecret: env.VIETQR_WEBHOOK_SECRET || undefined,
  }
  if (isProduction) {
    for (const [key, name] of [
      ["bankBin", "VIETQR_BANK_BIN"],
      ["accountNumber", "VIETQR_ACCOUNT_NUMBER"],
      ["accountName", "VIETQR_ACCOUNT_NAME"],
      ["webhookSecret", "VIETQR_WEBHOOK_SECRET"],
    ] as const) {
      if (!given[key]) fail(`${name} must be set when NODE_ENV=production`)
    }
    if (given.accountNumber === DEMO_VIETQR.accountNumber) {
      fail("VIETQR_ACCOUNT_NUMBER is the demo account; set the shop's real account")
    }
    if (given.webhookSecret === DEMO_VIETQR.webhookSecret) {
      fail("VIETQR_WEBHOOK_SECRET is the development secret; set a strong secret")
    }
    if ((given.webhookSecret ?? "").length < MIN_WEBHOOK_SECRET_LENGTH) {
      fail(`VIETQR_WEBHOOK_SECRET must be at least ${MIN_WEBHOOK_SECRET_LENGTH} characters`)
    }
  }
  const bankBin = given.bankBin ?? DEMO_VIETQR.bankBin
  const accountNumber = given.accountNumber ?? DEMO_VIETQR.accountNumber
  if (!/^\d{6}$/.test(bankBin)) fail(`VIETQR_BANK_BIN must be 6 digits (got "${bankBin}")`)
  if (!/^[0-9A-Za-z]{1,19}$/.test(accountNumber)) {
    fail("VIETQR_ACCOUNT_NUMBER must be 1 to 19 letters or digits")
  }
  const service = env.VIETQR_SERVICE?.trim() || "account"
  if (service !== "account" && service !== "card") {
    fail(`VIETQR_SERVICE must be account or card (got "${service}")`)
  }
  return {
    bankBin,
    accountNumber,
    accountName: (given.accountName ?? DEMO_VIETQR.accountName).normalize("NFC"),
    webhookSecret: given.webhookSecret ?? DEMO_VIETQR.webhookSecret,
    service,
    isDemo: accountNumber === DEMO_VIETQR.accountNumber,
  }
}

function readCodMax(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return DEFAULT_COD_MAX_ORDER_VND
  // "5000000" or "5.000.000" as people write it; "1.5" is refused, not read as 15.
  const parsed = parseVnd(value)
  if (!parsed.ok || parsed.value <= 0) {
    fail(`COD_MAX_ORDER_VND must be a positive whole number of đồng (got "${value}")`)
  }
  return parsed.value
}

function readStripe(env: NodeJS.ProcessEnv, isProduction: boolean): StripeEnv | undefined {
  const apiKey = env.STRIPE_API_KEY?.trim()
  if (!apiKey) return undefined
  const webhookSecret = env.STRIPE_WEBHOOK_SECRET?.trim() || undefined
  // Without it Stripe's asynchronous confirmations cannot be verified and orders stay pending.
  if (isProduction && !webhookSecret) {
    fail("STRIPE_WEBHOOK_SECRET must be set when STRIPE_API_KEY is set in production")
  }
  const capture = env.STRIPE_CAPTURE?.trim() || "true"
  if (capture !== "true" && capture !== "false") {
    fail(`STRIPE_CAPTURE must be true or false (got "${capture}")`)
  }
  return { apiKey, webhookSecret, capture: capture === "true" }
}

export function readPaymentsEnv(env: NodeJS.ProcessEnv, isProduction: boolean): PaymentsEnv {
  return {
    vietqr: readVietQr(env, isProduction),
    codMaxOrderVnd: readCodMax(env.COD_MAX_ORDER_VND),
    stripe: readStripe(env, isProduction),
  }
}
