export type { StoreCatalogSource } from "./affected-products"
export { buildStoreCatalogWrite, channelAvailability } from "./build-cards"
export { rebuildStoreCatalog } from "./rebuild"
export { StoreCatalogRefreshQueue, storeCatalogRefreshQueue } from "./refresh-queue"
export {
  REFRESH_BATCH_SIZE,
  refreshStoreCatalog,
  refreshStoreCatalogWorkflow,
} from "./refresh-workflow"
