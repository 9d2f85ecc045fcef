import { randomUUID } from "node:crypto"
import { createRequire } from "node:module"
import { resolve } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import {
  dropPostgresDatabaseTemplate,
  medusaIntegrationTestRunner as medusaRunner,
} from "@medusajs/test-utils"
import { copyDatabase, scratchDatabaseUrl } from "@ocop/dev-stack"
import { SPEC_GROUPS, type SpecGroup } from "../groups"

/**
 * The server's own copy of the rate-limit module: Medusa loads the backend's source with Node's
 * require, not through vitest, so only Node's require reaches the limiters it counts with.
 */
const serverRateLimits = () =>
  createRequire(import.meta.url)(
    "../../src/lib/rate-limit"
  ) as typeof import("../../src/lib/rate-limit")

type RunnerConfig = Parameters<typeof medusaRunner>[0]
type SuiteOptions = Parameters<RunnerConfig["testSuite"]>[0]

/**
 * Boots Medusa's runner on a copy of the run's migrated template (setup/migrated-template.mts)
 * when there is one: the runner creates its database only when missing, so it finds the copy,
 * its migrations and link sync find nothing left to do, and the boot skips their 10–20 s.
 */
function runOnOwnBoot(config: RunnerConfig): void {
  const template = process.env.OCOP_MIGRATED_TEMPLATE
  if (!template || config.dbName) {
    medusaRunner(config)
    return
  }
  // Medusa's own naming, shortened so "-template" and "-pristine" copies fit in 63 characters
  const dbName = `medusa-${randomUUID().slice(0, 13)}-integration`
  medusaRunner({
    ...config,
    dbName,
    hooks: {
      ...config.hooks,
      beforeServerStart: async (container) => {
        await copyDatabase(scratchDatabaseUrl(dbName), template)
        await config.hooks?.beforeServerStart?.(container)
      },
    },
  })
}

/** Set while a group entry file loads its members: their runner calls land here instead of booting. */
let collecting: RunnerConfig[] | null = null

/**
 * What spec files call instead of `@medusajs/test-utils`' runner, with the same arguments. A spec
 * run on its own (`npx vitest run integration-tests/http/x.spec.ts`) boots its own application
 * exactly as before; loaded by a group entry file (groups.ts) it shares that group's boot.
 */
export function medusaIntegrationTestRunner(config: RunnerConfig): void {
  if (collecting) {
    collecting.push(config)
    return
  }
  runOnOwnBoot(config)
}

const integrationTests = fileURLToPath(new URL("..", import.meta.url))

type EnvChange = Record<string, string | undefined>

/** What loading a spec did to process.env (a removed variable maps to undefined). */
function envChange(before: NodeJS.ProcessEnv): EnvChange {
  const change: EnvChange = {}
  for (const key of new Set([...Object.keys(before), ...Object.keys(process.env)])) {
    if (before[key] !== process.env[key]) change[key] = process.env[key]
  }
  return change
}

function restoreEnv(snapshot: NodeJS.ProcessEnv): void {
  for (const key of Object.keys(process.env)) if (!(key in snapshot)) delete process.env[key]
  Object.assign(process.env, snapshot)
}

const sameChange = (a: EnvChange, b: EnvChange) =>
  JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort())

/**
 * Loads a group's spec files and runs them all against one booted application. Each spec keeps
 * the database semantics it had alone: it starts from the freshly migrated database, its own
 * beforeAll hooks run on that, and the state they leave is what the runner restores before each
 * of its tests (the runner snapshots a template after the suite's beforeAll hooks).
 */
export async function runSpecGroup(group: SpecGroup): Promise<void> {
  const members: { name: string; config: RunnerConfig; env: EnvChange }[] = []
  const baseline = { ...process.env }
  let registered: RunnerConfig[] = []
  for (const name of SPEC_GROUPS[group]) {
    collecting = []
    restoreEnv(baseline)
    const loading = import(pathToFileURL(resolve(integrationTests, name)).href)
    await loading.finally(() => {
      registered = collecting ?? []
      collecting = null
    })
    const [config, ...more] = registered
    if (!config || more.length > 0) {
      throw new Error(`${name} must call medusaIntegrationTestRunner exactly once to join a group`)
    }
    const options = Object.keys(config).filter((key) => key !== "testSuite")
    if (options.length > 0) {
      throw new Error(
        `${name} passes ${options.join(", ")} to the runner: it needs a boot of its own`
      )
    }
    members.push({ name, config, env: envChange(baseline) })
  }
  const [first] = members
  const odd = members.filter((member) => !sameChange(member.env, first.env))
  if (odd.length > 0) {
    const names = odd.map((member) => member.name).join(", ")
    throw new Error(
      `group "${group}": ${names} set(s) other environment than ${first.name}; give it a group or a boot of its own`
    )
  }
  // Every member set the same variables; they are in process.env for the boot.

  runOnOwnBoot({
    testSuite: (options: SuiteOptions) => {
      // The migrated, empty database every member starts from (63 characters at most).
      const pristine = `${options.dbConfig.dbName}-pristine`
      beforeAll(() => options.dbUtils.snapshot({ templateName: pristine }))
      afterAll(() => dropPostgresDatabaseTemplate(pristine))
      for (const member of members) {
        describe(member.name, () => {
          beforeAll(async () => {
            // What a server of its own would start the spec with: no counts, a fresh database.
            if (serverRateLimits().forgetInProcessCounts() === 0) {
              throw new Error(
                "found none of the server's rate limiters: counts would leak between specs"
              )
            }
            await options.dbUtils.restore({ templateName: pristine })
          })
          member.config.testSuite(options)
          // Registered after the member's own beforeAll hooks, so it runs after them: the state
          // they built becomes the template the runner restores before each of its tests.
          beforeAll(() => options.dbUtils.snapshot())
        })
      }
    },
  })
}
