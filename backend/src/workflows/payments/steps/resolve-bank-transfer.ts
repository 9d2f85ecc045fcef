import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANK_TRANSFER_MODULE } from "../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../modules/bank-transfer/service"

export interface ResolveBankTransferInput {
  id: string
  resolved_by: string | null
  resolution_note: string
}

/** Marks a transfer that was flagged for review as dealt with; only flagged ones can be. */
export const resolveBankTransferStep = createStep(
  "resolve-bank-transfer",
  async (input: ResolveBankTransferInput, { container }) => {
    const service = container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
    const transfer = await service.retrieveBankTransfer(input.id)
    if (transfer.status !== "needs_review") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Transfer ${input.id} is ${transfer.status}; only transfers needing review can be resolved`
      )
    }
    const updated = await service.updateBankTransfers({
      id: input.id,
      status: "resolved",
      resolved_at: new Date(),
      resolved_by: input.resolved_by,
      resolution_note: input.resolution_note,
    })
    return new StepResponse(updated, {
      id: input.id,
      status: transfer.status,
      resolved_at: transfer.resolved_at,
      resolved_by: transfer.resolved_by,
      resolution_note: transfer.resolution_note,
    })
  },
  async (previous, { container }) => {
    if (!previous) return
    const service = container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
    await service.updateBankTransfers(previous)
  }
)
