import { defineConfig } from "vitest/config"

/** Unit tests of the storefront's own logic (no browser, no backend): test/**. */
export default defineConfig({
  test: {
    globals: true,
    environment: "node",
    include: ["test/**/*.test.ts"],
  },
})
