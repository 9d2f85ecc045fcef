import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type PosModuleService from "../../../modules/pos/service"
import { counterVietQrStatus } from "../utils/counter-vietqr"
import { posModule } from "./pos-service"

type Row = Awaited<ReturnType<PosModuleService["listPosVietQrPayments"]>>[number]

/** What a step changed on one reference's row, so compensation can put it back. */
type Undo = { created: string } | { restored: Record<string, unknown> & { id: string } }

const lockKey = (reference: string) => `pos-vietqr:${reference}`

const RESTORABLE = [
  "sale_id",
  "order_id",
  "expected_amount",
  "confirmed_offline",
  "transaction_id",
  "received_amount",
  "notified_at",
  "status",
  "review_reason",
] as const

function snapshot(row: Row): Record<string, unknown> & { id: string } {
  const copy: Record<string, unknown> & { id: string } = { id: row.id }
  for (const key of RESTORABLE) copy[key] = row[key]
  return copy
}

async function undo(container: MedusaContainer, changes: Undo[] | undefined) {
  if (!changes?.length) return
  const pos = posModule(container)
  for (const change of changes) {
    if ("created" in change) await pos.deletePosVietQrPayments(change.created)
    else await pos.updatePosVietQrPayments(change.restored)
  }
}

/**
 * Both sides of a counter VietQR payment write one row per reference under a lock on that
 * reference, so the sale and the bank's notification can arrive in either order, or at once.
 */
async function withReference<T>(
  container: MedusaContainer,
  reference: string,
  job: (existing: Row | undefined) => Promise<T>
): Promise<T> {
  const locking = container.resolve(Modules.LOCKING)
  return locking.execute(
    lockKey(reference),
    async () => {
      const [existing] = await posModule(container).listPosVietQrPayments({ reference })
      return job(existing)
    },
    { timeout: 15 }
  )
}

export interface AttachCounterVietQrInput {
  register_id: string
  tenders: {
    sale_id: string
    order_id: string
    reference: string
    amount: number
    confirmed_offline: boolean
  }[]
}

/** The sale side: each VietQR tender meets the bank's notification if it came first. */
export const attachCounterVietQrTendersStep = createStep(
  "attach-counter-vietqr-tenders",
  async (input: AttachCounterVietQrInput, { container }) => {
    if (input.tenders.length === 0) return new StepResponse([] as Row[], [] as Undo[])
    const pos = posModule(container)
    const changes: Undo[] = []
    const rows: Row[] = []
    try {
      for (const tender of input.tenders) {
        const row = await withReference(container, tender.reference, async (existing) => {
          if (!existing) {
            const created = await pos.createPosVietQrPayments({
              reference: tender.reference,
              register_id: input.register_id,
              sale_id: tender.sale_id,
              order_id: tender.order_id,
              expected_amount: tender.amount,
              confirmed_offline: tender.confirmed_offline,
              status: "pending",
            })
            changes.push({ created: created.id })
            return created
          }
          changes.push({ restored: snapshot(existing) })
          if (existing.sale_id && existing.sale_id !== tender.sale_id) {
            // The tablet used one reference for two sales: keep the first, show staff.
            return pos.updatePosVietQrPayments({
              id: existing.id,
              status: "needs_review",
              review_reason: "reference_reused",
              resolution_note: `also claimed by sale ${tender.sale_id}`,
            })
          }
          const decision = counterVietQrStatus({
            expected_amount: tender.amount,
            received_amount: existing.received_amount,
          })
          return pos.updatePosVietQrPayments({
            id: existing.id,
            sale_id: tender.sale_id,
            order_id: tender.order_id,
            expected_amount: tender.amount,
            confirmed_offline: tender.confirmed_offline,
            ...(existing.review_reason === "duplicate_notification" ? {} : decision),
          })
        })
        rows.push(row)
      }
    } catch (error) {
      await undo(container, changes)
      throw error
    }
    return new StepResponse(rows, changes)
  },
  (changes, { container }) => undo(container, changes)
)

export interface RecordCounterNotificationInput {
  reference: string
  register_id: string
  transaction_id: string
  amount: number
  paid_at: string | null
}

/**
 * The bank side: the notification completes a synced sale's tender, or waits for the sale. A
 * second transfer with the same reference (the customer paid twice) goes to staff.
 */
export const recordCounterNotificationStep = createStep(
  "record-counter-vietqr-notification",
  async (input: RecordCounterNotificationInput, { container }) => {
    const pos = posModule(container)
    const changes: Undo[] = []
    const row = await withReference(container, input.reference, async (existing) => {
      const notified_at = input.paid_at ? new Date(input.paid_at) : new Date()
      if (!existing) {
        const created = await pos.createPosVietQrPayments({
          reference: input.reference,
          register_id: input.register_id,
          transaction_id: input.transaction_id,
          received_amount: input.amount,
          notified_at,
          status: "pending",
        })
        changes.push({ created: created.id })
        return created
      }
      if (existing.transaction_id === input.transaction_id) return existing
      changes.push({ restored: snapshot(existing) })
      if (existing.transaction_id) {
        return pos.updatePosVietQrPayments({
          id: existing.id,
          status: "needs_review",
          review_reason: "duplicate_notification",
          resolution_note: `second transfer ${input.transaction_id} of ${input.amount} VND`,
        })
      }
      return pos.updatePosVietQrPayments({
        id: existing.id,
        transaction_id: input.transaction_id,
        received_amount: input.amount,
        notified_at,
        ...counterVietQrStatus({
          expected_amount: existing.expected_amount,
          received_amount: input.amount,
        }),
      })
    })
    return new StepResponse(row, changes)
  },
  (changes, { container }) => undo(container, changes)
)
