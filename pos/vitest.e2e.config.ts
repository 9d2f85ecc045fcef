import { defineConfig } from "vitest/config"

/**
 * Browser tests of the till: the global setup builds the app once and starts one backend (the
 * team's startBackend()) with the built app on `vite preview` for the whole run; each test drives
 * Debian's Chromium through playwright-core in a fresh browser context (a new tablet).
 */
export default defineConfig({
  test: {
    globals: true,
    environment: "node",
    include: ["e2e/**/*.e2e.ts"],
    globalSetup: ["./e2e/setup.ts"],
    fileParallelism: false,
    passWithNoTests: true,
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
})
