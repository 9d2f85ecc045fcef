/**
 * Spec files that share one booted application in a full run (see helpers/runner.ts). Booting
 * Medusa (create the database, migrate, sync links, start) costs most of a spec file's time, and
 * the runner already restores the database before every test, so specs that need the same
 * environment can share a boot. A spec stays out of every group (one boot of its own) when it
 * sets environment the application reads at boot that others must not see: Stripe keys, rate
 * limits, COD limits, Redis. The group entry files check that every member brings the same
 * environment and refuse to start otherwise. Some specs that set nothing still keep a boot of
 * their own because they failed in a group, causes not yet found: payments-vietqr-edges (its
 * sold-out case, inside Medusa's workflow engine: "Updating Status from ok to temp_failure is not
 * allowed"), seed and pos-seed (the seed found nothing to seed: 11 and 2 tests failed),
 * store-ocop-validation (not_allowed instead of invalid_data).
 *
 * Paths are relative to integration-tests/; each group has an entry file groups/<name>.group.ts.
 */
export const SPEC_GROUPS = {
  /** Specs that set no environment of their own. */
  plain: [
    "http/health.spec.ts",
    "http/auth-helpers.spec.ts",
    "http/admin-ocop.spec.ts",
    "http/alcohol-discountable.spec.ts",
    "http/certificate-in-force.spec.ts",
    "http/checkout-alcohol.spec.ts",
    "http/checkout-einvoice.spec.ts",
    "http/checkout-no-free-payment.spec.ts",
    "http/click-and-collect.spec.ts",
    "http/pos-auth.spec.ts",
    "http/pos-catalog.spec.ts",
    "http/pos-sales.spec.ts",
    "http/pos-shifts.spec.ts",
    "http/store-ocop-detail.spec.ts",
    "http/store-ocop-products.spec.ts",
    "http/store-ocop-search.spec.ts",
    "jobs/ocop-certificate-expiry.spec.ts",
    "store-catalog/freshness.spec.ts",
  ],
  /** Specs that set only the VietQR webhook secret (payments-fixtures' WEBHOOK_SECRET). */
  vietqr: [
    "http/payments-vietqr.spec.ts",
    "http/pos-vietqr.spec.ts",
    "jobs/unpaid-vietqr-orders.spec.ts",
  ],
} as const satisfies Record<string, readonly string[]>

export type SpecGroup = keyof typeof SPEC_GROUPS

/** Every spec path that runs inside a group, relative to integration-tests/. */
export const GROUPED_SPECS: readonly string[] = Object.values(SPEC_GROUPS).flat()
