import type { MedusaContainer } from "@medusajs/framework/types"
import {
  createStep,
  createWorkflow,
  StepResponse,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"
import { buildStoreCatalogWrite } from "./build-cards"
import { loadStoreCatalogSources } from "./load-sources"

/** Products refreshed per workflow run: one query.graph per region reads them all. */
export const REFRESH_BATCH_SIZE = 200

export interface RefreshStoreCatalogInput {
  product_ids: string[]
  /** Treat every channel of these products as changed (a producer's public profile changed). */
  touch_channels?: boolean
}

/**
 * Reads the products' sources and replaces their cards. Nothing to compensate: the read model is
 * derived, a failed refresh leaves the previous cards, and running it again converges. The read
 * instant comes from the database clock before any source is read, so a refresh that read older
 * data than one already written cannot overwrite it (see writeStoreCatalog).
 */
export const refreshStoreCatalogStep = createStep(
  "refresh-store-catalog",
  async (input: RefreshStoreCatalogInput, { container }) => {
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    const ids = [...new Set(input.product_ids)]
    if (ids.length === 0) return new StepResponse({ cards: 0, changed_channels: [] as string[] })
    const readAt = await ocop.storeCatalogClock()
    const sources = await loadStoreCatalogSources(container, ids)
    const write = buildStoreCatalogWrite(sources, readAt)
    const result = await ocop.writeStoreCatalog(write, readAt, {
      touchChannels: input.touch_channels,
    })
    return new StepResponse({
      cards: write.cards.length,
      changed_channels: result.changed_channels,
    })
  }
)

/** Brings the store read model of some products up to date with their sources. */
export const refreshStoreCatalogWorkflow = createWorkflow(
  "refresh-store-catalog",
  (input: RefreshStoreCatalogInput) => new WorkflowResponse(refreshStoreCatalogStep(input))
)

/** Refreshes products in batches (the rebuild, the jobs and the queue share this). */
export async function refreshStoreCatalog(
  container: MedusaContainer,
  productIds: string[],
  touchChannelsOf: ReadonlySet<string> = new Set()
): Promise<number> {
  let cards = 0
  for (let start = 0; start < productIds.length; start += REFRESH_BATCH_SIZE) {
    const batch = productIds.slice(start, start + REFRESH_BATCH_SIZE)
    const { result } = await refreshStoreCatalogWorkflow(container).run({
      input: { product_ids: batch, touch_channels: batch.some((id) => touchChannelsOf.has(id)) },
    })
    cards += result.cards
  }
  return cards
}
