import { BigNumber, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANK_TRANSFER_MODULE } from "../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../modules/bank-transfer/service"

export interface ResolveBankTransferInput {
  id: string
  resolved_by: string | null
  resolution_note: string
  /** Money given back by hand (bank app, cash): whole đồng, and the outgoing transfer's id. */
  refund?: { amount: number; reference?: string | null } | null
}

const OPEN_STATUSES = new Set(["needs_review", "failed"])

/**
 * Marks a transfer that was flagged for review (or whose confirmation failed) as dealt with,
 * recording a refund made by hand if there was one; nothing else can be resolved, and nobody
 * refunds more than was received.
 */
export const resolveBankTransferStep = createStep(
  "resolve-bank-transfer",
  async (input: ResolveBankTransferInput, { container }) => {
    const service = container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
    const transfer = await service.retrieveBankTransfer(input.id)
    if (!OPEN_STATUSES.has(transfer.status)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Transfer ${input.id} is ${transfer.status}; only transfers needing review or failed can be resolved`
      )
    }
    const received = Number(new BigNumber(transfer.amount).numeric)
    if (input.refund && input.refund.amount > received) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `refund.amount: ${input.refund.amount} VND is more than the ${received} VND received`
      )
    }
    const updated = await service.updateBankTransfers({
      id: input.id,
      status: "resolved",
      resolved_at: new Date(),
      resolved_by: input.resolved_by,
      resolution_note: input.resolution_note,
      refunded_amount: input.refund?.amount ?? null,
      refund_reference: input.refund?.reference ?? null,
    })
    return new StepResponse(updated, {
      id: input.id,
      status: transfer.status,
      resolved_at: transfer.resolved_at,
      resolved_by: transfer.resolved_by,
      resolution_note: transfer.resolution_note,
      refunded_amount: transfer.refunded_amount,
      refund_reference: transfer.refund_reference,
    })
  },
  async (previous, { container }) => {
    if (!previous) return
    const service = container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
    await service.updateBankTransfers(previous)
  }
)
