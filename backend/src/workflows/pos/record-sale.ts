import { Modules } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
  when,
} from "@medusajs/framework/workflows-sdk"
import {
  addOrderTransactionStep,
  adjustInventoryLevelsStep,
  completeOrdersStep,
  createOrdersStep,
  createPaymentCollectionsStep,
  createRemoteLinkStep,
  registerOrderDeliveryStep,
  registerOrderFulfillmentStep,
} from "@medusajs/medusa/core-flows"
import type { PosSaleInput } from "@ocop/sdk"
import { capturePosTendersStep } from "./steps/capture-tenders"
import { claimPosSaleStep } from "./steps/claim-sale"
import { attachCounterVietQrTendersStep } from "./steps/counter-vietqr"
import { filePosEinvoiceRequestStep } from "./steps/file-einvoice"
import { finalizePosSaleStep, type StockExceptionInput } from "./steps/finalize-sale"
import { ensurePosInventoryLevelsStep, handOverAtCounterStep } from "./steps/hand-over"
import { preparePosSaleStep } from "./steps/prepare-sale"

export interface RecordPosSaleInput {
  register_id: string
  device_id: string | null
  sale: PosSaleInput
}

interface OrderItem {
  id: string
  title: string
  variant_sku?: string | null
  variant_barcode?: string | null
  quantity: number | string
  metadata?: Record<string, unknown> | null
}

interface AdjustedLevel {
  inventory_item_id: string
  stocked_quantity: number | string
  reserved_quantity: number | string
}

export const recordPosSaleWorkflowId = "record-pos-sale"

/**
 * A till's sale becomes a Medusa order in the register's channel, at the prices the till showed:
 * validate and plan (no writes) → claim the client UUID → order with VAT per line and the
 * discounts as adjustments → each tender a captured payment → handed over at the register's
 * location (fulfilled, delivered, stock down, possibly below zero) → completed → the sale row
 * recorded with its stock exceptions → VietQR tenders matched with bank notifications → an
 * e-invoice request filed when the buyer asked for one. Every
 * step undoes itself if a later one fails.
 */
export const recordPosSaleWorkflow = createWorkflow(
  recordPosSaleWorkflowId,
  (input: RecordPosSaleInput) => {
    const plan = preparePosSaleStep({ register_id: input.register_id, sale: input.sale })
    const claimed = claimPosSaleStep({ sale: input.sale, plan, device_id: input.device_id })

    const orderInput = transform({ plan, claimed }, ({ plan, claimed }) => [
      { ...plan.order, metadata: { ...plan.order.metadata, pos_sale_id: claimed.id } },
    ])
    const orders = createOrdersStep(orderInput)
    const order = transform({ orders }, ({ orders }) => orders[0] as (typeof orders)[number])

    // Paid: one collection for the total, one captured payment per tender.
    const collectionInput = transform({ plan, order }, ({ plan, order }) => [
      { currency_code: order.currency_code, amount: plan.total },
    ])
    const collections = createPaymentCollectionsStep(collectionInput)
    const collectionLink = transform({ order, collections }, ({ order, collections }) => [
      {
        [Modules.ORDER]: { order_id: order.id },
        [Modules.PAYMENT]: { payment_collection_id: collections[0]?.id as string },
      },
    ])
    createRemoteLinkStep(collectionLink).config({ name: "link-pos-order-payment-collection" })
    const captureInput = transform(
      { plan, order, collections },
      ({ plan, order, collections }) => ({
        payment_collection_id: collections[0]?.id as string,
        currency_code: order.currency_code,
        tenders: plan.tenders,
      })
    )
    const captured = capturePosTendersStep(captureInput)
    const transactions = transform({ order, captured }, ({ order, captured }) =>
      captured.map((capture) => ({
        order_id: order.id,
        amount: capture.amount,
        currency_code: order.currency_code,
        reference: "capture",
        reference_id: capture.capture_id,
      }))
    )
    addOrderTransactionStep(transactions)

    // Handed over at the counter: stock leaves the register's location.
    const itemsByLine = transform({ order, plan }, ({ order, plan }) =>
      plan.hand_over.map((line) => {
        const item = (order.items as unknown as OrderItem[]).find(
          (candidate) => candidate.metadata?.pos_line === line.line
        )
        if (!item) throw new Error(`order item for sale line ${line.line} is missing`)
        return { line, item }
      })
    )
    const levelsInput = transform({ plan }, ({ plan }) => ({
      location_id: plan.stock_location_id,
      inventory_item_ids: plan.hand_over.flatMap((line) =>
        line.inventory.map((entry) => entry.inventory_item_id)
      ),
    }))
    ensurePosInventoryLevelsStep(levelsInput)
    const handOverInput = transform(
      { order, plan, claimed, itemsByLine },
      ({ order, plan, claimed, itemsByLine }) => ({
        order_id: order.id,
        location_id: plan.stock_location_id,
        pos_sale_id: claimed.id,
        items: itemsByLine.map(({ line, item }) => ({
          line_item_id: item.id,
          title: item.title,
          sku: item.variant_sku ?? null,
          barcode: item.variant_barcode ?? null,
          quantity: line.quantity,
          inventory_item_id: line.inventory[0]?.inventory_item_id ?? null,
        })),
      })
    )
    const fulfillment = handOverAtCounterStep(handOverInput)
    const fulfillmentLink = transform({ order, fulfillment }, ({ order, fulfillment }) => [
      {
        [Modules.ORDER]: { order_id: order.id },
        [Modules.FULFILLMENT]: { fulfillment_id: fulfillment.id },
      },
    ])
    createRemoteLinkStep(fulfillmentLink).config({ name: "link-pos-order-fulfillment" })
    const orderItems = transform(
      { order, fulfillment, itemsByLine },
      ({ order, fulfillment, itemsByLine }) => ({
        order_id: order.id,
        reference: Modules.FULFILLMENT,
        reference_id: fulfillment.id,
        items: itemsByLine.map(({ line, item }) => ({ id: item.id, quantity: line.quantity })),
      })
    )
    registerOrderFulfillmentStep(orderItems)
    registerOrderDeliveryStep(orderItems)
    const adjustments = transform({ plan }, ({ plan }) =>
      plan.hand_over.flatMap((line) =>
        line.inventory.map((entry) => ({
          inventory_item_id: entry.inventory_item_id,
          location_id: plan.stock_location_id,
          adjustment: -entry.quantity,
        }))
      )
    )
    const adjusted = adjustInventoryLevelsStep(adjustments)
    completeOrdersStep(transform({ order }, ({ order }) => ({ orderIds: [order.id] })))

    // Lines that took the location's available stock below zero: accepted, and flagged.
    const exceptions = transform({ plan, adjusted }, ({ plan, adjusted }) => {
      const levels = adjusted as unknown as AdjustedLevel[]
      const flagged: StockExceptionInput[] = []
      const seen = new Set<string>()
      for (const line of plan.hand_over) {
        for (const entry of line.inventory) {
          const level = levels.find((l) => l.inventory_item_id === entry.inventory_item_id)
          if (!level || seen.has(`${line.line}:${entry.inventory_item_id}`)) continue
          seen.add(`${line.line}:${entry.inventory_item_id}`)
          const available = Number(level.stocked_quantity) - Number(level.reserved_quantity)
          if (available < 0) {
            flagged.push({
              variant_id: line.variant_id,
              inventory_item_id: entry.inventory_item_id,
              title: line.title,
              sold: line.quantity,
              stock_after: available,
            })
          }
        }
      }
      return flagged
    })
    const finalizeInput = transform(
      { input, order, claimed, exceptions, plan },
      ({ input, order, claimed, exceptions, plan }) => ({
        sale_id: claimed.id,
        order_id: order.id,
        order_display_id: Number(order.display_id),
        register_id: plan.register_id,
        sale_number: input.sale.sale_number,
        stock_exceptions: exceptions,
      })
    )
    const sale = finalizePosSaleStep(finalizeInput)

    const vietqr = transform({ plan, claimed, order }, ({ plan, claimed, order }) => ({
      register_id: plan.register_id,
      sale_id: claimed.id,
      order_id: order.id,
      tenders: plan.tenders.flatMap((tender) =>
        tender.kind === "vietqr" && tender.reference
          ? [
              {
                reference: tender.reference,
                amount: tender.amount,
                confirmed_offline: tender.confirmed_offline,
              },
            ]
          : []
      ),
    }))
    when("pos-sale-has-vietqr", { vietqr }, ({ vietqr }) => vietqr.tenders.length > 0).then(() => {
      attachCounterVietQrTendersStep(vietqr)
    })

    const einvoice = transform({ input, plan, order }, ({ input, plan, order }) => ({
      client_id: input.sale.client_id,
      order_id: order.id,
      einvoice: plan.einvoice,
    }))
    when("pos-sale-wants-einvoice", { einvoice }, ({ einvoice }) => einvoice.einvoice != null).then(
      () => {
        filePosEinvoiceRequestStep(
          transform({ einvoice }, ({ einvoice }) => ({
            ...einvoice,
            einvoice: einvoice.einvoice as NonNullable<typeof einvoice.einvoice>,
          }))
        )
      }
    )

    return new WorkflowResponse(sale)
  }
)
