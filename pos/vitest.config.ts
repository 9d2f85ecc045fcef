import { defineConfig } from "vitest/config"

/** Unit tests of the till's logic; IndexedDB comes from fake-indexeddb (imported per test file). */
export default defineConfig({
  test: {
    globals: true,
    environment: "node",
    include: ["src/**/*.test.ts"],
  },
})
