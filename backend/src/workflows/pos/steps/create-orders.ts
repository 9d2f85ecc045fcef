import type { CreateOrderDTO } from "@medusajs/framework/types"
import { generateEntityId, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

const ORDER_CONCURRENCY = 4

/** What the later steps need of an order: a batch's orders in full would weigh on every step. */
export interface PosOrder {
  id: string
  display_id: number
  client_id: string
  items: {
    id: string
    /** Index of the sale line the item is (metadata.pos_line). */
    line: number
    title: string
    variant_sku: string | null
    variant_barcode: string | null
  }[]
}

/**
 * The order module's own write, without the answer's re-read: its public createOrders writes the
 * orders (one insert each, for the display id), their items in bulk, then reads them all back
 * with eleven relations and their totals (5.6 of a 50-sale batch's 19 s went to this step on the
 * shared machine). The items get their ids here, so everything the later steps need is known
 * without that read. Not declared on IOrderModuleService.
 */
interface OrderRows {
  createOrders_(data: CreateOrderDTO[]): Promise<{ id: string; display_id: number | string }[]>
}

/** The order module's prefix for line item ids (its OrderLineItem model). */
const LINE_ITEM_ID_PREFIX = "ordli"

/**
 * The batch's orders, a few chunks side by side (each chunk one transaction), answering only
 * with ids, display ids and items. Compensation deletes them, with everything the order module
 * wrote for them.
 */
export const createPosOrdersStep = createStep(
  "create-pos-orders",
  async (input: CreateOrderDTO[], { container }) => {
    const orderModule = container.resolve(Modules.ORDER)
    const rows = orderModule as unknown as OrderRows
    const orders = input.map((order) => ({
      ...order,
      items: (order.items ?? []).map((item) => ({
        ...item,
        id: generateEntityId(undefined, LINE_ITEM_ID_PREFIX),
      })),
    }))
    // the module writes a batch's orders one after another: a few batches side by side overlap
    // their round trips to the database
    const size = Math.ceil(orders.length / ORDER_CONCURRENCY)
    const chunks: (typeof orders)[] = []
    for (let start = 0; start < orders.length; start += size) {
      chunks.push(orders.slice(start, start + size))
    }
    const settled = await Promise.allSettled(
      chunks.map((chunk) => rows.createOrders_(chunk as CreateOrderDTO[]))
    )
    const created = settled.flatMap((result) => (result.status === "fulfilled" ? result.value : []))
    const failed = settled.find((result) => result.status === "rejected")
    if (failed) {
      // the step fails as a whole: nothing of it may stay behind
      if (created.length) await orderModule.deleteOrders(created.map((order) => order.id))
      throw failed.reason
    }
    if (created.length !== orders.length) {
      if (created.length) await orderModule.deleteOrders(created.map((order) => order.id))
      throw new Error(`${created.length} orders created for ${orders.length} sales`)
    }
    // createOrders_ answers in the order it was given, chunk after chunk
    const trimmed: PosOrder[] = created.map((order, index) => {
      const sent = orders[index] as (typeof orders)[number]
      return {
        id: order.id,
        display_id: Number(order.display_id),
        client_id: String((sent.metadata?.pos as { client_id?: string } | undefined)?.client_id),
        items: sent.items.map((item) => ({
          id: item.id,
          line: Number(item.metadata?.pos_line),
          title: item.title,
          variant_sku: item.variant_sku ?? null,
          variant_barcode: item.variant_barcode ?? null,
        })),
      }
    })
    return new StepResponse(
      trimmed,
      trimmed.map((order) => order.id)
    )
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve(Modules.ORDER).deleteOrders(ids)
  }
)
