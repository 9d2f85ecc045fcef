import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    globals: true,
    environment: "node",
    include: ["test/**/*.test.ts"],
    // the start test boots the whole stack twice
    testTimeout: 600_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
})
