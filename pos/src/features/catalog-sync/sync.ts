import type { PosCatalogItem, PosCatalogPage, PosCatalogQuery } from "@ocop/sdk"
import type { OutboxSale, PosDatabase } from "../../db/schema"
import { readSetting, writeSetting } from "../../db/settings"
import { unitsByVariant } from "../sale/commit"

/** The backend's largest page: a 5,000-SKU first sync is five round trips. */
export const CATALOG_PAGE_SIZE = 1000

export interface CatalogSyncProgress {
  pages: number
  items: number
  removed: number
  full: boolean
}

/** Units of each variant sold on this tablet that the backend has not recorded yet. */
async function unsyncedUnits(db: PosDatabase): Promise<Map<string, number>> {
  const queued = (await db.outbox
    .where("status")
    .equals("pending")
    .filter((row) => row.kind === "sale")
    .toArray()) as OutboxSale[]
  return unitsByVariant(queued.flatMap((sale) => sale.payload.lines))
}

/**
 * The backend's stock less what this tablet sold and has not delivered yet: a delta arriving
 * before the queue drains does not put back stock the customer already took away.
 */
function lessUnsynced(items: PosCatalogItem[], unsynced: Map<string, number>): PosCatalogItem[] {
  if (unsynced.size === 0) return items
  return items.map((item) => {
    const units = unsynced.get(item.variant_id)
    return units && item.stock_quantity !== null
      ? { ...item, stock_quantity: item.stock_quantity - units }
      : item
  })
}

/**
 * Brings the register's catalog into IndexedDB: everything on the first run, afterwards only
 * what changed since the last complete run (`updated_since`). Each page is written as it
 * arrives; the delta mark moves only once every page has been read, so an interrupted sync
 * starts again from the same mark and loses nothing.
 */
export async function syncCatalog(
  db: PosDatabase,
  fetchPage: (query: PosCatalogQuery) => Promise<PosCatalogPage>,
  onProgress?: (progress: CatalogSyncProgress) => void
): Promise<CatalogSyncProgress> {
  const since = await readSetting(db, "catalogSyncedUntil")
  const progress: CatalogSyncProgress = { pages: 0, items: 0, removed: 0, full: !since }
  const request = (cursor?: string) =>
    fetchPage({
      limit: CATALOG_PAGE_SIZE,
      ...(since ? { updated_since: since } : {}),
      ...(cursor ? { cursor } : {}),
    })
  let serverTime: string | undefined
  let next: Promise<PosCatalogPage> | null = request()
  while (next) {
    const page: PosCatalogPage = await next
    // the next page is on its way while this one is written
    next = page.next_cursor ? request(page.next_cursor) : null
    // a failed prefetch is the next iteration's to throw, not an unhandled rejection meanwhile
    next?.catch(() => {})
    serverTime ??= page.server_time
    await db.transaction("rw", db.catalog, db.outbox, async () => {
      const items = lessUnsynced(page.items, await unsyncedUnits(db))
      if (items.length) await db.catalog.bulkPut(items)
      if (page.removed_variant_ids.length) await db.catalog.bulkDelete(page.removed_variant_ids)
    })
    progress.pages += 1
    progress.items += page.items.length
    progress.removed += page.removed_variant_ids.length
    onProgress?.({ ...progress })
  }
  if (serverTime) await writeSetting(db, "catalogSyncedUntil", serverTime)
  await writeSetting(db, "catalogSyncedAt", new Date().toISOString())
  return progress
}
