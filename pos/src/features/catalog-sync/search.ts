import { compareVi, toSearchKey } from "@ocop/core"
import type { PosCatalogItem } from "@ocop/sdk"

export const SEARCH_RESULT_LIMIT = 60

interface Prepared {
  sorted: PosCatalogItem[]
  titleKeys: string[]
  byBarcode: Map<string, PosCatalogItem>
  bySku: Map<string, PosCatalogItem>
  groups: string[]
}

function byTitle(a: PosCatalogItem, b: PosCatalogItem): number {
  return (
    compareVi(a.product_title, b.product_title) ||
    compareVi(a.variant_title ?? "", b.variant_title ?? "")
  )
}

function prepare(items: readonly PosCatalogItem[]): Prepared {
  const sorted = [...items].sort(byTitle)
  const byBarcode = new Map<string, PosCatalogItem>()
  const bySku = new Map<string, PosCatalogItem>()
  for (const item of sorted) {
    if (item.barcode) byBarcode.set(item.barcode, item)
    if (item.sku) bySku.set(item.sku.toUpperCase(), item)
  }
  return {
    sorted,
    titleKeys: sorted.map((item) => toSearchKey(item.product_title)),
    byBarcode,
    bySku,
    groups: [...new Set(sorted.map((item) => item.product_group))].sort(),
  }
}

/**
 * The register's catalog in memory, built once from IndexedDB after each sync: search without
 * tones and barcode lookup answer from here in well under a frame (measured in bench/). A sale's
 * stock change patches the affected rows without sorting everything again.
 */
export class CatalogIndex {
  private readonly sorted: PosCatalogItem[]
  private readonly byBarcode: Map<string, PosCatalogItem>
  private readonly bySku: Map<string, PosCatalogItem>
  private readonly titleKeys: string[]
  private positions: Map<string, number> | null = null
  readonly groups: string[]

  constructor(items: readonly PosCatalogItem[], prepared: Prepared = prepare(items)) {
    this.sorted = prepared.sorted
    this.titleKeys = prepared.titleKeys
    this.byBarcode = prepared.byBarcode
    this.bySku = prepared.bySku
    this.groups = prepared.groups
  }

  get size(): number {
    return this.sorted.length
  }

  /** A scanned or typed code: EAN-13 barcode first, then SKU. */
  lookupCode(code: string): PosCatalogItem | undefined {
    const trimmed = code.trim()
    return this.byBarcode.get(trimmed) ?? this.bySku.get(trimmed.toUpperCase())
  }

  /**
   * The same index with some rows replaced (stock after a sale): rows keep their place, so a
   * changed title or group waits for the next full build after a sync.
   */
  withUpdates(updates: readonly PosCatalogItem[]): CatalogIndex {
    if (updates.length === 0) return this
    this.positions ??= new Map(this.sorted.map((item, index) => [item.variant_id, index]))
    const sorted = this.sorted.slice()
    const byBarcode = new Map(this.byBarcode)
    const bySku = new Map(this.bySku)
    for (const update of updates) {
      const index = this.positions.get(update.variant_id)
      if (index === undefined) continue
      sorted[index] = update
      if (update.barcode) byBarcode.set(update.barcode, update)
      if (update.sku) bySku.set(update.sku.toUpperCase(), update)
    }
    return new CatalogIndex(sorted, {
      sorted,
      titleKeys: this.titleKeys,
      byBarcode,
      bySku,
      groups: this.groups,
    })
  }

  byGroup(group: string | null, limit = Number.POSITIVE_INFINITY): PosCatalogItem[] {
    const matches: PosCatalogItem[] = []
    for (const item of this.sorted) {
      if (group === null || item.product_group === group) matches.push(item)
      if (matches.length >= limit) break
    }
    return matches
  }

  /**
   * Every word of the query, without tones, must occur in the item's search key ("quyt bac"
   * finds "Quýt vàng Bắc Sơn"); titles that start with the query come first, then A→Z in
   * Vietnamese order. Digits also match barcodes by prefix.
   */
  search(query: string, limit = SEARCH_RESULT_LIMIT): PosCatalogItem[] {
    const key = toSearchKey(query)
    if (!key) return []
    const words = key.split(" ")
    const first: PosCatalogItem[] = []
    const rest: PosCatalogItem[] = []
    const digits = /^\d{3,}$/.test(key)
    const { sorted, titleKeys } = this
    for (let index = 0; index < sorted.length; index++) {
      const item = sorted[index] as PosCatalogItem
      const haystack = item.search_key
      let matches = true
      for (const word of words) {
        if (!haystack.includes(word)) {
          matches = false
          break
        }
      }
      if (!matches && digits) matches = item.barcode?.startsWith(key) ?? false
      if (!matches) continue
      if (titleKeys[index]?.startsWith(key)) first.push(item)
      else if (rest.length < limit) rest.push(item)
      if (first.length >= limit) break
    }
    return first.length >= limit ? first : first.concat(rest.slice(0, limit - first.length))
  }
}
