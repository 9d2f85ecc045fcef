import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { storeCatalogRefreshQueue } from "../workflows/store-catalog"

/** How far back each run looks; runs are a minute apart, the overlap covers a late one. */
const WINDOW_MS = 3 * 60 * 1000

/**
 * Every minute: price lists (sales) that started or ended since shortly before change their
 * products' calculated prices without any write, so no event announces it. Their products are
 * refreshed like after a price edit.
 */
export default async function refreshStoreCatalogOnPriceListTimes(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const now = new Date()
  const since = new Date(now.getTime() - WINDOW_MS)
  const window = { $gt: since, $lte: now }
  const { data } = await query.graph({
    entity: "price_list",
    fields: ["id"],
    filters: { $or: [{ starts_at: window }, { ends_at: window }] },
  })
  const ids = (data as Array<{ id: string }>).map((list) => list.id)
  if (ids.length) await storeCatalogRefreshQueue(container).enqueue("price_list", ids)
}

export const config = {
  name: "store-catalog-price-lists",
  schedule: "* * * * *",
}
