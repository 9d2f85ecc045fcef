import { useQuery } from "@tanstack/react-query"
import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from "react"
import { useServices } from "../../app/services"
import { CatalogIndex } from "./search"
import { type CatalogSyncProgress, syncCatalog } from "./sync"

export interface CatalogState {
  index: CatalogIndex
  /** Set while a sync runs (first sync shows its progress). */
  progress: CatalogSyncProgress | null
  loaded: boolean
  error: unknown
  /** Re-reads these variants from IndexedDB into the index (their stock after a sale). */
  refreshItems: (variantIds: string[]) => Promise<void>
}

const CatalogContext = createContext<CatalogState | null>(null)
export const CATALOG_REFRESH_MS = 60_000

/**
 * The local catalog: read from IndexedDB at start (so an offline tablet sells at once), then
 * kept current by deltas while online; the in-memory index is rebuilt after each sync.
 */
export function CatalogProvider(props: { token: string | null; children: ReactNode }) {
  const { db, clientFor } = useServices()
  const [index, setIndex] = useState(() => new CatalogIndex([]))
  const [loaded, setLoaded] = useState(false)
  const [progress, setProgress] = useState<CatalogSyncProgress | null>(null)

  useEffect(() => {
    let cancelled = false
    void db.catalog.toArray().then((items) => {
      if (cancelled) return
      setIndex(new CatalogIndex(items))
      setLoaded(true)
    })
    return () => {
      cancelled = true
    }
  }, [db])

  const sync = useQuery({
    queryKey: ["catalog-sync", props.token],
    enabled: Boolean(props.token),
    refetchInterval: CATALOG_REFRESH_MS,
    retry: 2,
    queryFn: async () => {
      const client = clientFor(props.token)
      const started = performance.now()
      const result = await syncCatalog(db, (query) => client.pos.catalog(query), setProgress)
      if (result.items || result.removed || result.full) {
        setIndex(new CatalogIndex(await db.catalog.toArray()))
      }
      setProgress(null)
      // read by bench/ (and any field monitoring): how long a first or delta sync took
      performance.measure(result.full ? "ocop:catalog-first-sync" : "ocop:catalog-delta-sync", {
        start: started,
        detail: result,
      })
      return result
    },
  })

  const refreshItems = useCallback(
    async (variantIds: string[]) => {
      const rows = await db.catalog.bulkGet(variantIds)
      const found = rows.filter((row): row is NonNullable<typeof row> => Boolean(row))
      setIndex((current) => current.withUpdates(found))
    },
    [db]
  )

  return (
    <CatalogContext.Provider value={{ index, progress, loaded, error: sync.error, refreshItems }}>
      {props.children}
    </CatalogContext.Provider>
  )
}

export function useCatalog(): CatalogState {
  const state = useContext(CatalogContext)
  if (!state) throw new Error("useCatalog outside CatalogProvider")
  return state
}
