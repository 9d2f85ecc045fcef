import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { StockException } from "../utils/stock-exceptions"
import { posModule } from "./pos-service"

export interface FinalizePosSalesInput {
  register_id: string
  sales: {
    sale_id: string
    sale_number: string
    order_id: string
    order_display_id: number
    stock_exceptions: StockException[]
  }[]
}

/**
 * The orders exist, are paid and handed over: each sale row points at its order and turns
 * "recorded" (a retry now finds it), and every line sold beyond recorded stock goes on the
 * managers' list. Compensation removes the list entries; the claim's own undo removes the rows.
 */
export const finalizePosSalesStep = createStep(
  "finalize-pos-sales",
  async (input: FinalizePosSalesInput, { container }) => {
    const pos = posModule(container)
    const flagged = input.sales.flatMap((sale) =>
      sale.stock_exceptions.map((exception) => ({
        ...exception,
        register_id: input.register_id,
        sale_id: sale.sale_id,
        sale_number: sale.sale_number,
      }))
    )
    const exceptions = flagged.length ? await pos.createPosStockExceptions(flagged) : []
    const sales = await pos.updatePosSales(
      input.sales.map((sale) => ({
        id: sale.sale_id,
        status: "recorded" as const,
        order_id: sale.order_id,
        order_display_id: sale.order_display_id,
      }))
    )
    return new StepResponse(
      sales,
      exceptions.map((exception) => exception.id)
    )
  },
  async (exceptionIds, { container }) => {
    if (exceptionIds?.length) await posModule(container).deletePosStockExceptions(exceptionIds)
  }
)
