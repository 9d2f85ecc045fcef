import { mkdirSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { provideTestDatabase, runStep } from "@ocop/dev-stack"
import type { TestProject } from "vitest/node"
import { startPosStack } from "./support/stack"

const posDir = fileURLToPath(new URL("..", import.meta.url))
export const e2eOutputDir = join(posDir, "e2e", "output")

declare module "vitest" {
  export interface ProvidedContext {
    posStack: { appUrl: string; backendUrl: string; logFile: string }
  }
}

/**
 * Once per run: a PostgreSQL (named by env, or embedded on EMBEDDED_TEST_PG_PORT), a production
 * build of the till (the service worker only exists in a build) and ONE backend with the demo
 * seed through the team's startBackend(), shared by every test: each test pairs its own tablet
 * in a fresh browser context and counts orders before and after.
 */
export default async function setup(project: TestProject) {
  const database = await provideTestDatabase(join(posDir, ".."))
  Object.assign(process.env, database.env, { MEDUSA_DISABLE_TELEMETRY: "true" })
  if (!process.env.POS_E2E_SKIP_BUILD) {
    await runStep({
      name: "pos-build",
      command: "npx vite build",
      cwd: posDir,
      env: { NODE_OPTIONS: "" },
    })
  }
  mkdirSync(e2eOutputDir, { recursive: true })
  const logFile = join(e2eOutputDir, "backend.log")
  let stack: Awaited<ReturnType<typeof startPosStack>>
  try {
    stack = await startPosStack("till", { logFile })
  } catch (error) {
    await database.stop()
    throw error
  }
  project.provide("posStack", { appUrl: stack.appUrl, backendUrl: stack.backendUrl, logFile })
  return async () => {
    await stack.stop()
    await database.stop()
  }
}
