import type { MedusaContainer } from "@medusajs/framework/types"
import type { PosStockExceptionsResponse } from "@ocop/sdk"
import { posService } from "./register-view"

/** Lines sold beyond recorded stock, newest first; open ones only unless asked otherwise. */
export async function listStockExceptions(
  container: MedusaContainer,
  filters: { register_id?: string; include_resolved?: boolean },
  page: { limit: number; offset: number } = { limit: 200, offset: 0 }
): Promise<PosStockExceptionsResponse & { count: number }> {
  const [rows, count] = await posService(container).listAndCountPosStockExceptions(
    {
      ...(filters.register_id ? { register_id: filters.register_id } : {}),
      ...(filters.include_resolved ? {} : { resolved_at: null }),
    },
    { order: { created_at: "DESC" }, take: page.limit, skip: page.offset }
  )
  return {
    exceptions: rows.map((row) => ({
      variant_id: row.variant_id,
      title: row.title,
      sold: row.sold,
      stock_after: row.stock_after,
      sale_number: row.sale_number,
      created_at: new Date(row.created_at).toISOString(),
    })),
    count,
  }
}
