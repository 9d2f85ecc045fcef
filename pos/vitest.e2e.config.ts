import { defineConfig } from "vitest/config"

/**
 * Browser tests of the till: each file builds nothing itself; it starts a backend (one per file),
 * serves the built app with `vite preview` and drives Debian's Chromium through playwright-core.
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
