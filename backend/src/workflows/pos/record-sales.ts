import { Modules } from "@medusajs/framework/utils"
import {
  createWorkflow,
  parallelize,
  transform,
  WorkflowResponse,
  when,
} from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import type { PosSaleInput } from "@ocop/sdk"
import { claimPosSalesStep } from "./steps/claim-sales"
import { attachCounterVietQrTendersStep } from "./steps/counter-vietqr"
import { createPosOrdersStep } from "./steps/create-orders"
import { filePosEinvoiceRequestsStep } from "./steps/file-einvoice"
import { finalizePosSalesStep } from "./steps/finalize-sales"
import { handOverAtCounterStep, markHandedOverStep } from "./steps/hand-over"
import { preparePosSalesStep } from "./steps/prepare-sales"
import { recordPosTendersStep } from "./steps/record-tenders"
import { takePosStockStep } from "./steps/take-stock"
import { stockExceptionsBySale, unitsTaken } from "./utils/stock-exceptions"

export interface RecordPosSalesInput {
  register_id: string
  device_id: string | null
  /** Oldest first, as the tablet rang them up; none of them recorded yet. */
  sales: PosSaleInput[]
}

export const recordPosSalesWorkflowId = "record-pos-sales"

/**
 * A batch of a till's sales becomes Medusa orders in the register's channel, at the prices the
 * till showed: plan every sale (no writes; a refused sale is set aside with its reason) → side
 * by side: claim the client UUIDs, each sale's tenders as one completed payment collection with
 * a captured payment per tender, and stock down at the register's location (possibly below
 * zero) → the orders, completed, with VAT per line, the discounts as adjustments and the
 * captures as transactions → side by side: handed over at the register's location (a
 * fulfillment per order) and the items marked fulfilled and delivered → linked to their
 * payments and fulfillments → the sale rows recorded with their stock exceptions → VietQR
 * tenders matched with bank notifications → e-invoice requests filed. Each step writes the whole
 * batch at once (one call per module where the module allows it) and undoes itself if a later
 * one fails.
 */
export const recordPosSalesWorkflow = createWorkflow(
  recordPosSalesWorkflowId,
  (input: RecordPosSalesInput) => {
    const prepared = preparePosSalesStep({ register_id: input.register_id, sales: input.sales })

    const recorded = when(
      "pos-sales-to-record",
      { prepared },
      ({ prepared }) => prepared.planned.length > 0
    ).then(() => {
      const taking = transform({ prepared }, ({ prepared }) =>
        prepared.planned.map(({ sale, plan }) => ({
          client_id: sale.client_id,
          lines: plan.hand_over.map((line) => ({
            variant_id: line.variant_id,
            title: line.title,
            quantity: line.quantity,
            inventory: line.inventory,
          })),
        }))
      )
      // The claim, the tenders and the stock read nothing the others write: side by side, their
      // round trips to the database overlap (each undoes itself should a later step fail).
      const [claimed, tenders, available] = parallelize(
        claimPosSalesStep(
          transform({ prepared, input }, ({ prepared, input }) => ({
            planned: prepared.planned,
            device_id: input.device_id,
          }))
        ),
        recordPosTendersStep(
          transform({ prepared }, ({ prepared }) => ({
            currency_code: prepared.planned[0]?.plan.order.currency_code ?? "vnd",
            sales: prepared.planned.map(({ sale, plan }) => ({
              client_id: sale.client_id,
              total: plan.total,
              tenders: plan.tenders,
            })),
          }))
        ),
        takePosStockStep(
          transform({ prepared, taking }, ({ prepared, taking }) => ({
            location_id: prepared.stock_location_id,
            units: [...unitsTaken(taking)].map(([inventory_item_id, quantity]) => ({
              inventory_item_id,
              quantity,
            })),
          }))
        )
      )

      const orders = createPosOrdersStep(
        transform({ prepared, claimed, tenders }, ({ prepared, claimed, tenders }) => {
          const saleIds = new Map(claimed.map((row) => [row.client_id, row.id]))
          return prepared.planned.map(({ sale, plan }, index) => ({
            ...plan.order,
            // paid in full and handed over at the counter: nothing is left to do
            status: "completed" as const,
            metadata: { ...plan.order.metadata, pos_sale_id: saleIds.get(sale.client_id) },
            transactions: (tenders[index]?.captures ?? []).map((capture) => ({
              amount: capture.amount,
              currency_code: plan.order.currency_code as string,
              reference: "capture",
              reference_id: capture.capture_id,
            })),
          }))
        })
      )

      // each sale with its row, order and payments, in the batch's order (small: every later
      // step's input is resolved from it)
      const joined = transform(
        { prepared, claimed, orders, tenders },
        ({ prepared, claimed, orders, tenders }) =>
          prepared.planned.map(({ sale, plan }, index) => {
            const saleId = claimed.find((row) => row.client_id === sale.client_id)?.id
            const order = orders.find((candidate) => candidate.client_id === sale.client_id)
            const paid = tenders[index]
            if (!saleId || !order || paid?.client_id !== sale.client_id) {
              throw new Error(`sale ${sale.client_id} lost its row, order or payments`)
            }
            return {
              client_id: sale.client_id,
              sale_id: saleId,
              order_id: order.id,
              display_id: order.display_id,
              payment_collection_id: paid.payment_collection_id,
              items: plan.hand_over.map((line) => {
                const item = order.items.find((candidate) => candidate.line === line.line)
                if (!item) throw new Error(`order item for sale line ${line.line} is missing`)
                return {
                  id: item.id,
                  title: item.title,
                  sku: item.variant_sku,
                  barcode: item.variant_barcode,
                  quantity: line.quantity,
                  inventory_item_id: line.inventory[0]?.inventory_item_id ?? null,
                }
              }),
            }
          })
      )

      // Handed over at the counter (a fulfillment at the register's location) and the items
      // marked so: two modules, side by side.
      const [handed] = parallelize(
        handOverAtCounterStep(
          transform({ joined, prepared }, ({ joined, prepared }) => ({
            location_id: prepared.stock_location_id,
            orders: joined.map((sale) => ({
              order_id: sale.order_id,
              pos_sale_id: sale.sale_id,
              items: sale.items.map((item) => ({
                line_item_id: item.id,
                title: item.title,
                sku: item.sku,
                barcode: item.barcode,
                quantity: item.quantity,
                inventory_item_id: item.inventory_item_id,
              })),
            })),
          }))
        ),
        markHandedOverStep(
          transform({ joined }, ({ joined }) => ({
            items: joined.flatMap((sale) =>
              sale.items.map((item) => ({ id: item.id, quantity: item.quantity }))
            ),
          }))
        )
      )
      // Each order to its payment collection and its fulfillment, in one step: a second
      // createRemoteLinkStep would need `.config({ name })`, which rewrites Medusa's registered
      // flow mid-composition and makes any second load of this file a "different" workflow.
      createRemoteLinkStep(
        transform({ joined, handed }, ({ joined, handed }) => [
          ...joined.map((sale) => ({
            [Modules.ORDER]: { order_id: sale.order_id },
            [Modules.PAYMENT]: { payment_collection_id: sale.payment_collection_id },
          })),
          ...handed.map(({ order_id, fulfillment_id }) => ({
            [Modules.ORDER]: { order_id },
            [Modules.FULFILLMENT]: { fulfillment_id },
          })),
        ])
      )

      const sales = finalizePosSalesStep(
        transform(
          { prepared, joined, taking, available },
          ({ prepared, joined, taking, available }) => {
            const flagged = stockExceptionsBySale(taking, available)
            return {
              register_id: prepared.register_id,
              sales: joined.map((sale, index) => ({
                sale_id: sale.sale_id,
                sale_number: prepared.planned[index]?.sale.sale_number as string,
                order_id: sale.order_id,
                order_display_id: sale.display_id,
                stock_exceptions: flagged.get(sale.client_id) ?? [],
              })),
            }
          }
        )
      )

      const vietqr = transform({ prepared, joined }, ({ prepared, joined }) => ({
        register_id: prepared.register_id,
        tenders: joined.flatMap(({ sale_id, order_id }, index) =>
          (prepared.planned[index]?.plan.tenders ?? []).flatMap((tender) =>
            tender.kind === "vietqr" && tender.reference
              ? [
                  {
                    sale_id,
                    order_id,
                    reference: tender.reference,
                    amount: tender.amount,
                    confirmed_offline: tender.confirmed_offline,
                  },
                ]
              : []
          )
        ),
      }))
      // (no `when` here: conditions do not nest; the step passes when there is nothing to match)
      attachCounterVietQrTendersStep(vietqr)

      filePosEinvoiceRequestsStep(
        transform({ prepared, joined }, ({ prepared, joined }) => ({
          requests: joined.flatMap(({ client_id, order_id }, index) => {
            const einvoice = prepared.planned[index]?.plan.einvoice
            return einvoice ? [{ client_id, order_id, einvoice }] : []
          }),
        }))
      )

      return sales
    })

    const result = transform({ prepared, recorded }, ({ prepared, recorded }) => ({
      recorded: recorded ?? [],
      refused: prepared.refused,
    }))
    return new WorkflowResponse(result)
  }
)
