import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import type { DAL } from "@medusajs/framework/types"
import { MedusaService } from "@medusajs/framework/utils"
import { OcopCertificate } from "./models/certificate"
import { OcopProducer } from "./models/producer"
import { OcopProductProfile } from "./models/product-profile"
import {
  type RawCatalogResult,
  STORE_PRODUCERS_SQL,
  type StoreCatalogResult,
  type StoreCatalogSearchInput,
  type StoreProducerSummaryRow,
  storeCatalogStatement,
  toStoreCatalogResult,
} from "./queries/store-catalog"

type InjectedDependencies = {
  baseRepository: DAL.RepositoryService
}

class OcopModuleService extends MedusaService({
  OcopProducer,
  OcopCertificate,
  OcopProductProfile,
}) {
  // Read-only SQL for the store listing runs on a fresh manager of this module's own connection.
  private readonly sqlRepository_: DAL.RepositoryService

  constructor(dependencies: InjectedDependencies, ...rest: unknown[]) {
    super(dependencies, ...rest)
    this.sqlRepository_ = dependencies.baseRepository
  }

  private async execute<T>(sql: string, params: unknown[]): Promise<T[]> {
    const manager = this.sqlRepository_.getFreshManager<EntityManager>()
    return (await manager.execute(sql, params)) as T[]
  }

  /**
   * Store listing: filters, facet counts (each facet ignores its own filter), ordering and one
   * page, in a single statement over this module's tables. See queries/store-catalog.ts.
   */
  async searchStoreCatalog(input: StoreCatalogSearchInput): Promise<StoreCatalogResult> {
    if (input.scope.length === 0) return toStoreCatalogResult(undefined)
    const { sql, params } = storeCatalogStatement(input)
    const [raw] = await this.execute<RawCatalogResult>(sql, params)
    return toStoreCatalogResult(raw)
  }

  /** Producers that make at least one of the given products, with how many. */
  async listStoreProducerSummaries(productIds: string[]): Promise<StoreProducerSummaryRow[]> {
    if (productIds.length === 0) return []
    return this.execute<StoreProducerSummaryRow>(STORE_PRODUCERS_SQL, [JSON.stringify(productIds)])
  }
}

export default OcopModuleService
