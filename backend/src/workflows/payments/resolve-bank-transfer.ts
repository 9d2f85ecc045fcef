import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  type ResolveBankTransferInput,
  resolveBankTransferStep,
} from "./steps/resolve-bank-transfer"

export const resolveBankTransferWorkflowId = "resolve-bank-transfer"

/** Staff close a flagged transfer they dealt with outside the shop (refund, wrong account…). */
export const resolveBankTransferWorkflow = createWorkflow(
  resolveBankTransferWorkflowId,
  (input: ResolveBankTransferInput) => {
    return new WorkflowResponse(resolveBankTransferStep(input))
  }
)
