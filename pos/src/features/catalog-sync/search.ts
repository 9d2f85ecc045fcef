import { compareVi, toSearchKey } from "@ocop/core"
import type { PosCatalogItem } from "@ocop/sdk"

export const SEARCH_RESULT_LIMIT = 60

/**
 * The register's catalog in memory, built once from IndexedDB after each sync: search without
 * tones and barcode lookup answer from here in well under a frame (measured in bench/).
 */
export class CatalogIndex {
  private readonly sorted: PosCatalogItem[]
  private readonly byBarcode = new Map<string, PosCatalogItem>()
  private readonly bySku = new Map<string, PosCatalogItem>()
  private readonly titleKeys: string[]
  readonly groups: string[]

  constructor(items: readonly PosCatalogItem[]) {
    this.sorted = [...items].sort(
      (a, b) =>
        compareVi(a.product_title, b.product_title) ||
        compareVi(a.variant_title ?? "", b.variant_title ?? "")
    )
    this.titleKeys = this.sorted.map((item) => toSearchKey(item.product_title))
    for (const item of this.sorted) {
      if (item.barcode) this.byBarcode.set(item.barcode, item)
      if (item.sku) this.bySku.set(item.sku.toUpperCase(), item)
    }
    this.groups = [...new Set(this.sorted.map((item) => item.product_group))].sort()
  }

  get size(): number {
    return this.sorted.length
  }

  /** A scanned or typed code: EAN-13 barcode first, then SKU. */
  lookupCode(code: string): PosCatalogItem | undefined {
    const trimmed = code.trim()
    return this.byBarcode.get(trimmed) ?? this.bySku.get(trimmed.toUpperCase())
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
    for (const [index, item] of this.sorted.entries()) {
      const haystack = item.search_key
      let matches = words.every((word) => haystack.includes(word))
      if (!matches && digits) matches = item.barcode?.startsWith(key) ?? false
      if (!matches) continue
      if (this.titleKeys[index]?.startsWith(key)) first.push(item)
      else rest.push(item)
      if (first.length >= limit) break
    }
    return [...first, ...rest].slice(0, limit)
  }
}
