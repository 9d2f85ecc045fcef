import type { PosCatalogPage, PosCatalogQuery } from "@ocop/sdk"
import type { PosDatabase } from "../../db/schema"
import { readSetting, writeSetting } from "../../db/settings"

export const CATALOG_PAGE_SIZE = 500

export interface CatalogSyncProgress {
  pages: number
  items: number
  removed: number
  full: boolean
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
  let cursor: string | undefined
  let serverTime: string | undefined
  do {
    const page = await fetchPage({
      limit: CATALOG_PAGE_SIZE,
      ...(since ? { updated_since: since } : {}),
      ...(cursor ? { cursor } : {}),
    })
    serverTime ??= page.server_time
    await db.transaction("rw", db.catalog, async () => {
      if (page.items.length) await db.catalog.bulkPut(page.items)
      if (page.removed_variant_ids.length) await db.catalog.bulkDelete(page.removed_variant_ids)
    })
    progress.pages += 1
    progress.items += page.items.length
    progress.removed += page.removed_variant_ids.length
    onProgress?.({ ...progress })
    cursor = page.next_cursor ?? undefined
  } while (cursor)
  if (serverTime) await writeSetting(db, "catalogSyncedUntil", serverTime)
  await writeSetting(db, "catalogSyncedAt", new Date().toISOString())
  return progress
}
