import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { paymentProviders } from "./src/config/payment-providers"
import { cachingModule, redisModules } from "./src/config/redis-modules"
import { readRuntimeEnv } from "./src/config/runtime-env"
import { guardLocaleQuery } from "./src/lib/http/locale-query-guard"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const env = readRuntimeEnv()

// Before Medusa's API loader registers its locale middleware (see the guard for why).
guardLocaleQuery()

// English product text through Medusa's Translation module. The read-only store ↔ locale link
// (GET /store/locales) is decided by this variable when Medusa's link definitions load, before
// `featureFlags` below is applied, so the flag is set in both places; MEDUSA_FF_TRANSLATION=false
// still turns it off.
process.env.MEDUSA_FF_TRANSLATION ??= "true"
const translation = process.env.MEDUSA_FF_TRANSLATION === "true"

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: env.databaseUrl,
    redisUrl: env.redisUrl,
    workerMode: env.workerMode,
    http: {
      storeCors: env.storeCors,
      adminCors: env.adminCors,
      authCors: env.authCors,
      jwtSecret: env.jwtSecret,
      cookieSecret: env.cookieSecret,
    },
  },
  admin: {
    disable: env.adminDisabled,
    backendUrl: env.backendUrl,
  },
  featureFlags: {
    caching: Boolean(env.redisUrl),
    translation,
  },
  modules: [
    { resolve: "./src/modules/ocop" },
    { resolve: "@medusajs/medusa/translation", disable: !translation },
    {
      // OCOP certificate expiry alerts go out on "email"; the local provider only logs them,
      // which is what development needs. "feed" keeps the dashboard's own notifications working.
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/notification-local",
            id: "local",
            options: { name: "Local notifications (logged)", channels: ["email", "feed"] },
          },
        ],
      },
    },
    // Payments: VietQR transfers, cash on delivery, Stripe cards only with STRIPE_API_KEY;
    // our bank-transfer record (webhook idempotency, staff confirmations) and e-invoice requests.
    {
      resolve: "@medusajs/medusa/payment",
      options: { providers: paymentProviders(env.payments) },
    },
    { resolve: "./src/modules/bank-transfer" },
    { resolve: "./src/modules/einvoice" },
    // Tablet tills: registers, paired devices, clerks, shifts, sales. Clerks sign in with a PIN
    // through the Auth module (provider "pos-pin", actor type pos_clerk) beside admins' emailpass.
    { resolve: "./src/modules/pos" },
    {
      resolve: "@medusajs/medusa/auth",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/auth-emailpass", id: "emailpass" },
          {
            resolve: "./src/modules/pos-pin-auth",
            id: "pos-pin",
            options: { ticketSecret: env.jwtSecret },
          },
        ],
      },
    },
    ...(env.redisUrl ? redisModules(env.redisUrl) : [cachingModule(undefined)]),
  ],
})
