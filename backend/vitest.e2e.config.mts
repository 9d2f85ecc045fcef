import { defineConfig } from "vitest/config"

/**
 * Browser tests: each file starts a real backend (`medusa start`) and drives Chromium. They get
 * their PostgreSQL like the integration tests (the same global setup), run one at a time, and
 * allow minutes because the first /app request makes Vite compile the admin dashboard.
 */
export default defineConfig({
  test: {
    globals: true,
    environment: "node",
    include: ["e2e/**/*.e2e.ts"],
    globalSetup: ["./integration-tests/setup/global-database.mts"],
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
})
