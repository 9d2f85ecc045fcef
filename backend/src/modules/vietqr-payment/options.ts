import { type SettingsCheck, secretProblems } from "../../lib/settings-check"

/**
 * The VietQR provider's contract: its Medusa id, its options and how they are read from the
 * environment. medusa-config registers the provider with `vietQrPaymentProvider(options)`;
 * nothing else reads these variables.
 */

/** Medusa names providers pp_{identifier}_{id}; regions enable them by this id. */
export const VIETQR_PROVIDER_ID = "pp_vietqr_vietqr"

export type VietQrServiceKind = "account" | "card"

export interface VietQrProviderOptions {
  /** 6-digit NAPAS BIN of the receiving bank. */
  bankBin: string
  /** Account number (or card number when service is "card"). */
  accountNumber: string
  /** Account holder's name as the bank shows it; shown beside the QR. */
  accountName: string
  service: VietQrServiceKind
  /** True when the built-in demo account is used: nobody should pay into it. */
  isDemo: boolean
  /**
   * Shared with the bank or its aggregator: verifies their notifications (HMAC-SHA256). It
   * leaves this server, so it seals nothing of ours.
   */
  webhookSecret: string
  /**
   * Never leaves this server: seals a confirmed transfer into a payment session, which a
   * storefront can also write, so that only this server can authorize a VietQR payment.
   */
  sealSecret: string
}

/** A labelled account that receives nothing, and the development secrets that go with it. */
export const DEMO_VIETQR = {
  bankBin: "970436",
  accountNumber: "0000000000",
  accountName: "OCOP DEMO - KHONG CHUYEN TIEN",
  webhookSecret: "ocop-development-vietqr-webhook-secret",
  sealSecret: "ocop-development-vietqr-seal-secret",
} as const

/**
 * Aggregators choose or generate the webhook secret on their side, some shorter than ours, so
 * its floor is lower than the seal's, which we always generate ourselves.
 */
export const MIN_WEBHOOK_SECRET_LENGTH = 16
export const MIN_SEAL_SECRET_LENGTH = 32

export interface VietQrSettingsMode {
  /** Outside development and test: development secrets are refused. */
  strict: boolean
  /** NODE_ENV=production: the shop's real account is required as well. */
  production: boolean
}

/**
 * VietQR settings from the environment. In development everything has a working default (a
 * demo account, development secrets). Outside development and test the seal secret must be the
 * shop's own, and so must the webhook secret once a real account is configured: a public secret
 * there would let anyone sign a notification that marks an order paid. In production the demo
 * account itself is refused, because customers' money would go nowhere.
 */
export function readVietQrOptions(
  env: NodeJS.ProcessEnv,
  mode: VietQrSettingsMode
): SettingsCheck<VietQrProviderOptions> {
  const problems: string[] = []
  const given = {
    bankBin: env.VIETQR_BANK_BIN?.trim() || undefined,
    accountNumber: env.VIETQR_ACCOUNT_NUMBER?.trim() || undefined,
    accountName: env.VIETQR_ACCOUNT_NAME?.trim() || undefined,
  }
  const bankBin = given.bankBin ?? DEMO_VIETQR.bankBin
  const accountNumber = given.accountNumber ?? DEMO_VIETQR.accountNumber
  const isDemo = accountNumber === DEMO_VIETQR.accountNumber
  if (!/^\d{6}$/.test(bankBin)) problems.push(`VIETQR_BANK_BIN must be 6 digits (got "${bankBin}")`)
  if (!/^[0-9A-Za-z]{1,19}$/.test(accountNumber)) {
    problems.push("VIETQR_ACCOUNT_NUMBER must be 1 to 19 letters or digits")
  }
  const service = env.VIETQR_SERVICE?.trim() || "account"
  if (service !== "account" && service !== "card") {
    problems.push(`VIETQR_SERVICE must be account or card (got "${service}")`)
  }
  if (mode.production) {
    if (!given.bankBin) problems.push("VIETQR_BANK_BIN must be set when NODE_ENV=production")
    if (!given.accountNumber) {
      problems.push("VIETQR_ACCOUNT_NUMBER must be set when NODE_ENV=production")
    } else if (isDemo) {
      problems.push("VIETQR_ACCOUNT_NUMBER is the demo account; set the shop's real account")
    }
    if (!given.accountName)
      problems.push("VIETQR_ACCOUNT_NAME must be set when NODE_ENV=production")
  }

  const webhookSecret = env.VIETQR_WEBHOOK_SECRET || DEMO_VIETQR.webhookSecret
  const sealSecret = env.VIETQR_SEAL_SECRET || DEMO_VIETQR.sealSecret
  if (mode.strict && !isDemo) {
    problems.push(
      ...secretProblems("VIETQR_WEBHOOK_SECRET", env.VIETQR_WEBHOOK_SECRET, {
        development: DEMO_VIETQR.webhookSecret,
        minLength: MIN_WEBHOOK_SECRET_LENGTH,
      })
    )
  }
  if (mode.strict) {
    problems.push(
      ...secretProblems("VIETQR_SEAL_SECRET", env.VIETQR_SEAL_SECRET, {
        development: DEMO_VIETQR.sealSecret,
        minLength: MIN_SEAL_SECRET_LENGTH,
      })
    )
  }
  if (webhookSecret === sealSecret) {
    problems.push(
      "VIETQR_SEAL_SECRET must differ from VIETQR_WEBHOOK_SECRET (one secret per purpose)"
    )
  }

  return {
    value: {
      bankBin,
      accountNumber,
      accountName: (given.accountName ?? DEMO_VIETQR.accountName).normalize("NFC"),
      service: service === "card" ? "card" : "account",
      isDemo,
      webhookSecret,
      sealSecret,
    },
    problems,
  }
}

/** The payment module's registration of this provider. */
export function vietQrPaymentProvider(options: VietQrProviderOptions) {
  return { resolve: "./src/modules/vietqr-payment", id: "vietqr", options: { ...options } }
}
