import { defineConfig } from "vitest/config"

/**
 * Medusa's integration runner under vitest: one fresh thread per file (a shared thread cannot
 * reacquire database connections), no forks (Medusa calls process.send), generous hooks because
 * each file boots the whole application.
 */
export default defineConfig({
  test: {
    globals: true,
    environment: "node",
    include: ["src/**/*.test.ts", "integration-tests/**/*.spec.ts"],
    globalSetup: ["./integration-tests/setup/global-database.mts"],
    setupFiles: ["./integration-tests/setup/clear-metadata.ts"],
    pool: "threads",
    poolOptions: { threads: { minThreads: 1, maxThreads: 1, isolate: true } },
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
})
