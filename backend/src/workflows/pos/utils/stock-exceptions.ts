/**
 * Lines that took the location's available stock below zero, in the order the sales were rung
 * up: each sale takes its units from what the sales before it left, and a line whose item is
 * below zero after its sale is flagged (accepted, and listed for a manager). Pure, so the rule is
 * tested without a database.
 */

export interface StockTakingLine {
  variant_id: string
  title: string
  quantity: number
  /** Units of each inventory item the line takes (none when stock is not tracked). */
  inventory: { inventory_item_id: string; quantity: number }[]
}

export interface StockTakingSale {
  client_id: string
  lines: StockTakingLine[]
}

export interface StockException {
  variant_id: string
  inventory_item_id: string
  title: string
  sold: number
  stock_after: number
}

/** Available (stocked − reserved) per inventory item before the first sale of the batch. */
export type AvailableStock = Record<string, number>

export function stockExceptionsBySale(
  sales: StockTakingSale[],
  available: AvailableStock
): Map<string, StockException[]> {
  const left = new Map(Object.entries(available))
  const result = new Map<string, StockException[]>()
  for (const sale of sales) {
    for (const line of sale.lines) {
      for (const entry of line.inventory) {
        const before = left.get(entry.inventory_item_id) ?? 0
        left.set(entry.inventory_item_id, before - entry.quantity)
      }
    }
    const flagged: StockException[] = []
    for (const line of sale.lines) {
      const seen = new Set<string>()
      for (const entry of line.inventory) {
        if (seen.has(entry.inventory_item_id)) continue
        seen.add(entry.inventory_item_id)
        const after = left.get(entry.inventory_item_id) ?? 0
        if (after < 0) {
          flagged.push({
            variant_id: line.variant_id,
            inventory_item_id: entry.inventory_item_id,
            title: line.title,
            sold: line.quantity,
            stock_after: after,
          })
        }
      }
    }
    result.set(sale.client_id, flagged)
  }
  return result
}

/** Units per inventory item the whole batch takes: one adjustment per item at the location. */
export function unitsTaken(sales: StockTakingSale[]): Map<string, number> {
  const units = new Map<string, number>()
  for (const sale of sales) {
    for (const line of sale.lines) {
      for (const entry of line.inventory) {
        units.set(
          entry.inventory_item_id,
          (units.get(entry.inventory_item_id) ?? 0) + entry.quantity
        )
      }
    }
  }
  return units
}
