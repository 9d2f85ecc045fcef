import { MedusaError } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { PosZReport } from "@ocop/sdk"
import { posModule } from "./steps/pos-service"

export interface OpenPosShiftInput {
  register_id: string
  client_id: string
  clerk_id: string
  opened_at: string
  opening_float: number
}

const openShiftStep = createStep(
  "open-pos-shift",
  async (input: OpenPosShiftInput, { container }) => {
    const pos = posModule(container)
    const [open] = await pos.listPosShifts({ register_id: input.register_id, status: "open" })
    if (open) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `client_id: the register already has an open shift (${open.id}); close it first`
      )
    }
    const shift = await pos.createPosShifts({
      client_id: input.client_id,
      register_id: input.register_id,
      opened_by: input.clerk_id,
      opened_at: new Date(input.opened_at),
      opening_float: input.opening_float,
      status: "open",
    })
    return new StepResponse(shift, shift.id)
  },
  async (id, { container }) => {
    if (id) await posModule(container).deletePosShifts(id)
  }
)

/** A clerk opens the register's shift with the float in the drawer (one open shift at a time). */
export const openPosShiftWorkflow = createWorkflow(
  "open-pos-shift",
  (input: OpenPosShiftInput) => new WorkflowResponse(openShiftStep(input))
)

export interface RecordPosCashMovementInput {
  client_id: string
  shift_id: string
  register_id: string
  clerk_id: string
  kind: "in" | "out"
  amount: number
  reason: string
  at: string
}

const recordCashMovementStep = createStep(
  "record-pos-cash-movement",
  async (input: RecordPosCashMovementInput, { container }) => {
    const movement = await posModule(container).createPosCashMovements({
      ...input,
      reason: input.reason.normalize("NFC"),
      at: new Date(input.at),
    })
    return new StepResponse(movement, movement.id)
  },
  async (id, { container }) => {
    if (id) await posModule(container).deletePosCashMovements(id)
  }
)

/** Cash put into or taken out of the drawer during an open shift. */
export const recordPosCashMovementWorkflow = createWorkflow(
  "record-pos-cash-movement",
  (input: RecordPosCashMovementInput) => new WorkflowResponse(recordCashMovementStep(input))
)

export interface ClosePosShiftInput {
  shift_id: string
  clerk_id: string
  closed_at: string
  counted: { cash: number; vietqr: number; card: number }
  z_report: PosZReport
}

const closeShiftStep = createStep(
  "close-pos-shift",
  async (input: ClosePosShiftInput, { container }) => {
    const pos = posModule(container)
    const [shift] = await pos.listPosShifts({ id: input.shift_id })
    if (shift?.status !== "open") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "shift: it is not open")
    }
    const closed = await pos.updatePosShifts({
      id: shift.id,
      status: "closed",
      closed_by: input.clerk_id,
      closed_at: new Date(input.closed_at),
      counted: input.counted,
      z_report: input.z_report as unknown as Record<string, unknown>,
    })
    return new StepResponse(closed, shift.id)
  },
  async (id, { container }) => {
    if (!id) return
    await posModule(container).updatePosShifts({
      id,
      status: "open",
      closed_by: null,
      closed_at: null,
      counted: null,
      z_report: null,
    })
  }
)

/** Writes the Z report once; nothing changes a closed shift afterwards. */
export const closePosShiftWorkflow = createWorkflow(
  "close-pos-shift",
  (input: ClosePosShiftInput) => new WorkflowResponse(closeShiftStep(input))
)
