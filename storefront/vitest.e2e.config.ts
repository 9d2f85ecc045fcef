import { defineConfig } from "vitest/config"

/**
 * Browser tests: each file boots a real seeded backend and the storefront's production server and
 * drives Debian's Chromium. They get their PostgreSQL like the backend's tests (the same global
 * setup), run one at a time, and allow minutes for the boot.
 */
export default defineConfig({
  test: {
    globals: true,
    environment: "node",
    include: ["e2e/**/*.e2e.ts"],
    globalSetup: ["../backend/integration-tests/setup/global-database.mts"],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 600_000,
  },
})
