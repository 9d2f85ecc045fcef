import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import type { DAL, ICachingModuleService } from "@medusajs/framework/types"
import { MedusaService, Modules } from "@medusajs/framework/utils"
import { vietnamDayBounds } from "@ocop/core"
import { OcopCertificate } from "./models/certificate"
import { OcopProducer } from "./models/producer"
import { OcopProductProfile } from "./models/product-profile"
import { StoreCache, StoreCacheGeneration } from "./store-catalog/cache"
import {
  listStoreCatalog,
  listStoreProducers,
  retrieveStoreCard,
  type StoreCatalogListing,
  type StoreProducerSummaryRow,
  type StoreTitleSuggestion,
  sellsProducer,
  suggestStoreTitles,
} from "./store-catalog/read"
import { certificateInForceSql, pgTextArray, Statement } from "./store-catalog/sql"
import type {
  StoreCardPageRow,
  StoreCatalogQuery,
  StoreCatalogWrite,
  StoreCatalogWriteResult,
  StoreCertificateInForce,
} from "./store-catalog/types"
import { type Execute, writeStoreCatalog } from "./store-catalog/write"

export interface PosCatalogProfileRow {
  product_id: string
  product_group: string
  is_alcohol: boolean
  abv: number | null
  vat_category: string
  updated_at: Date
  producer_name: string | null
  producer_updated_at: Date | null
}

export interface PosCatalogCertificateRow {
  product_id: string
  stars: number
  valid_from: Date
  valid_to: Date
  revoked_at: Date | null
  superseded_by_id: string | null
  superseded_at: Date | null
  updated_at: Date
}

type InjectedDependencies = {
  baseRepository: DAL.RepositoryService
  [Modules.CACHING]?: ICachingModuleService
}

class OcopModuleService extends MedusaService({
  OcopProducer,
  OcopCertificate,
  OcopProductProfile,
}) {
  // The store read model is read and written with SQL on this module's own connection.
  private readonly sqlRepository_: DAL.RepositoryService
  private readonly storeCache_: StoreCache

  constructor(dependencies: InjectedDependencies, ...rest: unknown[]) {
    super(dependencies, ...rest)
    this.sqlRepository_ = dependencies.baseRepository
    // Resolved on use: the Caching Module may load after this one.
    this.storeCache_ = new StoreCache(() => dependencies[Modules.CACHING])
  }

  private readonly execute: Execute = async <T>(sql: string, params: unknown[] = []) => {
    const manager = this.sqlRepository_.getFreshManager<EntityManager>()
    return (await manager.execute(sql, params)) as T[]
  }

  /** The database's clock: refreshes are ordered by when they started reading their sources. */
  async storeCatalogClock(): Promise<Date> {
    const [row] = await this.execute<{ now: Date }>("SELECT clock_timestamp() AS now")
    return new Date(row?.now ?? Date.now())
  }

  /**
   * Replaces the read model's cards and prices of `write.product_ids` (products without cards in
   * `write` leave the store) in one transaction, then moves on the cache generation of every
   * channel whose counts, facets or search words changed, or of every channel the products are
   * sold in when `touchChannels` (a producer's public profile changed).
   */
  async writeStoreCatalog(
    write: StoreCatalogWrite,
    readAt: Date,
    options: { touchChannels?: boolean } = {}
  ): Promise<StoreCatalogWriteResult> {
    const manager = this.sqlRepository_.getFreshManager<EntityManager>()
    const result = await manager.transactional((em) =>
      writeStoreCatalog(
        async <T>(sql: string, params: unknown[] = []) => (await em.execute(sql, params)) as T[],
        write,
        readAt
      )
    )
    const channels = new Set(result.changed_channels)
    if (options.touchChannels) {
      for (const card of write.cards) channels.add(card.sales_channel_id)
    }
    await this.storeCache_.advance([...channels].map(StoreCacheGeneration.channel))
    return { changed_channels: [...channels].sort() }
  }

  /** Empties the read model of products that have no OCOP profile any more (rebuild). */
  async pruneStoreCatalog(keepProductIds: string[]): Promise<number> {
    const removed = await this.execute<{ sales_channel_id: string }>(
      `DELETE FROM ocop_store_card WHERE NOT (product_id = ANY(?::text[])) RETURNING sales_channel_id`,
      [pgTextArray(keepProductIds)]
    )
    await this.execute(
      `DELETE FROM ocop_store_price p WHERE NOT EXISTS (SELECT 1 FROM ocop_store_card c WHERE c.product_id = p.product_id)`
    )
    // The dictionary keeps words of removed products until here; stale words only widen a search.
    await this.execute(
      `DELETE FROM ocop_search_word w WHERE NOT EXISTS (SELECT 1 FROM ocop_store_card c WHERE c.search_words @> ARRAY[w.word])`
    )
    const channels = [...new Set(removed.map((row) => row.sales_channel_id))]
    await this.storeCache_.advance(channels.map(StoreCacheGeneration.channel))
    return removed.length
  }

  /** Products whose stored badge periods run out before the instant given (see badgeTimeline). */
  async listStoreCardsToRecheck(before: Date): Promise<string[]> {
    const rows = await this.execute<{ product_id: string }>(
      `SELECT DISTINCT product_id FROM ocop_store_card WHERE badge_recheck_at <= ?`,
      [before.toISOString()]
    )
    return rows.map((row) => row.product_id)
  }

  /** Product ids of every OCOP profile, in pages (for the rebuild). */
  async listProfileProductIds(after: string | null, take: number): Promise<string[]> {
    const rows = await this.execute<{ product_id: string }>(
      `SELECT product_id FROM ocop_product_profile
       WHERE deleted_at IS NULL AND (?::text IS NULL OR product_id > ?)
       ORDER BY product_id LIMIT ?`,
      [after, after, take]
    )
    return rows.map((row) => row.product_id)
  }

  /** GET /store/ocop/products: a page of cards with count and facets. See ADR 0006. */
  async listStoreCatalog(query: StoreCatalogQuery): Promise<StoreCatalogListing> {
    return listStoreCatalog(this.execute, this.storeCache_, query)
  }

  async suggestStoreTitles(input: {
    sales_channel_ids: string[]
    q: string
    limit: number
    at?: Date
  }): Promise<StoreTitleSuggestion[]> {
    return suggestStoreTitles(this.execute, input)
  }

  async retrieveStoreCard(input: {
    sales_channel_ids: string[]
    handle: string
    at?: Date
  }): Promise<StoreCardPageRow | null> {
    return retrieveStoreCard(this.execute, input)
  }

  async listStoreProducers(input: {
    sales_channel_ids: string[]
    legacy_district?: string
  }): Promise<StoreProducerSummaryRow[]> {
    return listStoreProducers(this.execute, this.storeCache_, input)
  }

  async sellsProducer(input: { sales_channel_ids: string[]; producer_id: string }) {
    return sellsProducer(this.execute, input)
  }

  /**
   * What the till shows of each product (profile, producer's name, every certificate), as plain
   * rows in two statements: the listOcop* calls with their entities took 3.2 + 2.4 s of CPU for
   * a 1,000-product catalog page on the shared machine, in the same Node thread as the page's
   * product graph.
   */
  async listPosCatalogFacts(productIds: string[]): Promise<{
    profiles: PosCatalogProfileRow[]
    certificates: PosCatalogCertificateRow[]
  }> {
    if (productIds.length === 0) return { profiles: [], certificates: [] }
    const ids = pgTextArray(productIds)
    const [profiles, certificates] = await Promise.all([
      this.execute<PosCatalogProfileRow>(
        `SELECT p.product_id, p.product_group, p.is_alcohol, p.abv, p.vat_category, p.updated_at,
           pr.name AS producer_name, pr.updated_at AS producer_updated_at
         FROM ocop_product_profile p
         LEFT JOIN ocop_producer pr ON pr.id = p.producer_id AND pr.deleted_at IS NULL
         WHERE p.product_id = ANY(?::text[]) AND p.deleted_at IS NULL`,
        [ids]
      ),
      this.execute<PosCatalogCertificateRow>(
        `SELECT product_id, stars, valid_from, valid_to, revoked_at, superseded_by_id,
           superseded_at, updated_at
         FROM ocop_certificate
         WHERE product_id = ANY(?::text[]) AND deleted_at IS NULL`,
        [ids]
      ),
    ])
    return { profiles, certificates }
  }

  /** The certificate in force of each product on `at`'s day, as the store's SQL chooses it. */
  async certificatesInForce(
    productIds: string[],
    at: Date
  ): Promise<Array<StoreCertificateInForce & { product_id: string }>> {
    const statement = new Statement()
    const next = `${statement.bind(vietnamDayBounds(at).next.toISOString())}::timestamptz`
    const ids = statement.bind(pgTextArray(productIds))
    statement.add(`SELECT p.product_id, cert.*
      FROM unnest(${ids}::text[]) AS p(product_id)
      LEFT JOIN LATERAL (${certificateInForceSql("p.product_id", next)}) cert ON true`)
    const { sql, bindings } = statement.build()
    return this.execute(sql, bindings)
  }
}

export default OcopModuleService
