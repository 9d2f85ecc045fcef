import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"
import { REFRESH_BATCH_SIZE, refreshStoreCatalog } from "./refresh-workflow"

/**
 * Writes the whole store read model from its sources: every product with an OCOP profile, in
 * batches, then drops cards, prices and dictionary words of products that no longer have one.
 * Safe beside a running worker (each write keeps the newest read). For existing databases
 * (migration script), after the seed and whenever the model is suspected stale.
 */
export async function rebuildStoreCatalog(
  container: MedusaContainer
): Promise<{ products: number; cards: number; seconds: number }> {
  const started = Date.now()
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
  const all: string[] = []
  let cards = 0
  let after: string | null = null
  for (;;) {
    const ids = await ocop.listProfileProductIds(after, REFRESH_BATCH_SIZE * 5)
    if (ids.length === 0) break
    cards += await refreshStoreCatalog(container, ids)
    all.push(...ids)
    after = ids[ids.length - 1] ?? null
    logger.info(`store catalog: ${all.length} products read, ${cards} cards written`)
  }
  await ocop.pruneStoreCatalog(all)
  const seconds = (Date.now() - started) / 1000
  logger.info(
    `store catalog rebuilt: ${all.length} products, ${cards} cards in ${seconds.toFixed(1)} s`
  )
  return { products: all.length, cards, seconds }
}
