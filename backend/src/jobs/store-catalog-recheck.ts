import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../modules/ocop"
import type OcopModuleService from "../modules/ocop/service"
import { refreshStoreCatalog } from "../workflows/store-catalog"

/**
 * Hourly: cards whose two stored badge periods have run out (a product with a third badge change
 * ahead, see badgeTimeline) are recomputed. Until then such a card shows no badge, never a wrong
 * one. Everything else about a badge is decided per request from the stored dates.
 */
export default async function recheckStoreCatalogBadges(container: MedusaContainer) {
  const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
  const due = await ocop.listStoreCardsToRecheck(new Date())
  if (!due.length) return
  await refreshStoreCatalog(container, due)
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(`store catalog: badge periods recomputed for ${due.length} products`)
}

export const config = {
  name: "store-catalog-recheck",
  schedule: "7 * * * *",
}
