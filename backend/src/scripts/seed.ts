import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedDemoAdmin } from "./seed/demo-admin"
import { markStoreSeeded } from "./seed/store-marker"

/**
 * Demo data for a fresh installation. Every step looks up what it would create first, so running
 * the seed again changes nothing.
 */
export default async function seed({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  await seedDemoAdmin({ container })
  await markStoreSeeded({ container })
  logger.info("seed: done")
}
