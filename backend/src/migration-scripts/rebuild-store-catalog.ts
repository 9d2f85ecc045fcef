import type { MedusaContainer } from "@medusajs/framework/types"
import { rebuildStoreCatalog } from "../workflows/store-catalog"

/**
 * Run once by `medusa db:migrate` on a database that predates the store read model (ADR 0006):
 * fills it from the products already there. On a fresh database it finds nothing to do.
 */
export default async function rebuildStoreCatalogOnce({
  container,
}: {
  container: MedusaContainer
}) {
  await rebuildStoreCatalog(container)
}
