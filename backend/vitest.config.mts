import { defineConfig } from "vitest/config"
import { GROUPED_SPECS } from "./integration-tests/groups"

const groupedSpecs = GROUPED_SPECS.map((spec) => `integration-tests/${spec}`)

/**
 * A full run boots Medusa once per group (integration-tests/groups.ts) rather than once per spec
 * file. A spec named on the command line (`vitest run integration-tests/http/x.spec.ts`, or any
 * part of its path) runs on a boot of its own, as every spec did before the groups;
 * OCOP_TEST_GROUPS=off runs every spec that way.
 */
const takesValue =
  /^(-c|--config|-t|--testNamePattern|--project|--reporter|-r|--root|--dir|--pool|--shard|--outputFile|--environment|--exclude|--retry|--bail|--maxWorkers|--minWorkers)$/
const cliFilters = process.argv
  .slice(2)
  .filter(
    (arg, i, args) => !arg.startsWith("-") && !takesValue.test(args[i - 1] ?? "") && arg !== "run"
  )
const namesGroupedSpec = cliFilters.some((arg) =>
  groupedSpecs.some((spec) => spec.includes(arg.replace(/^(\.\/)?(backend\/)?/, "")))
)
const ownBoots = namesGroupedSpec || process.env.OCOP_TEST_GROUPS === "off"

/**
 * Medusa's integration runner under vitest: one fresh thread per file (a shared thread cannot
 * reacquire database connections), no forks (Medusa calls process.send), one file at a time.
 * vitest takes pool sizes from this root config only, for every project.
 */
export default defineConfig({
  test: {
    globals: true,
    environment: "node",
    pool: "threads",
    poolOptions: { threads: { minThreads: 1, maxThreads: 1, isolate: true } },
    fileParallelism: false,
    projects: [
      {
        // Plain functions: no database, no application; they run first.
        extends: true,
        test: {
          name: "unit",
          include: ["src/**/*.test.ts"],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ownBoots
            ? ["integration-tests/**/*.spec.ts"]
            : ["integration-tests/**/*.spec.ts", "integration-tests/groups/*.group.ts"],
          exclude: [
            // Measurements are not tests: they run only when asked for (POS_MEASURE=1), never skipped.
            ...(process.env.POS_MEASURE ? [] : ["integration-tests/measure/**"]),
            ...(ownBoots ? [] : groupedSpecs),
          ],
          globalSetup: [
            "./integration-tests/setup/global-database.mts",
            "./integration-tests/setup/migrated-template.mts",
          ],
          setupFiles: ["./integration-tests/setup/clear-metadata.ts"],
          sequence: { groupOrder: 1 },
          // generous hooks: each file boots the whole application
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
})
