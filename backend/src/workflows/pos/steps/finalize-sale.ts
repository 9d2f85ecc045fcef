import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { posModule } from "./pos-service"

export interface StockExceptionInput {
  variant_id: string
  inventory_item_id: string
  title: string
  sold: number
  stock_after: number
}

export interface FinalizePosSaleInput {
  sale_id: string
  order_id: string
  order_display_id: number
  register_id: string
  sale_number: string
  stock_exceptions: StockExceptionInput[]
}

/**
 * The order exists, is paid and handed over: the sale row points at it and turns "recorded" (a
 * retry now finds it), and every line sold beyond recorded stock goes on the managers' list.
 */
export const finalizePosSaleStep = createStep(
  "finalize-pos-sale",
  async (input: FinalizePosSaleInput, { container }) => {
    const pos = posModule(container)
    const exceptions = input.stock_exceptions.length
      ? await pos.createPosStockExceptions(
          input.stock_exceptions.map((exception) => ({
            ...exception,
            register_id: input.register_id,
            sale_id: input.sale_id,
            sale_number: input.sale_number,
          }))
        )
      : []
    const sale = await pos.updatePosSales({
      id: input.sale_id,
      status: "recorded",
      order_id: input.order_id,
      order_display_id: input.order_display_id,
    })
    return new StepResponse(sale, {
      sale_id: input.sale_id,
      exception_ids: exceptions.map((exception) => exception.id),
    })
  },
  async (undo, { container }) => {
    if (!undo) return
    const pos = posModule(container)
    if (undo.exception_ids.length) await pos.deletePosStockExceptions(undo.exception_ids)
    await pos.updatePosSales({
      id: undo.sale_id,
      status: "pending",
      order_id: null,
      order_display_id: null,
    })
  }
)
