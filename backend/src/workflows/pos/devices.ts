import { MedusaError } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { posModule } from "./steps/pos-service"

export interface PairPosDeviceInput {
  register_id: string
  label: string
  /** SHA-256 of the token the tablet was given. */
  token_hash: string
  paired_by: string
}

const LETTERS = "ABCDEFGHIJKLMNOPRSTUVWXYZ"

/**
 * Pairs a tablet with a register and gives it the first letter no other tablet of the register
 * holds (Q is left out: "CH1Q…" reads like a quantity). Sale numbers and VietQR references start
 * with register code + letter, so tablets never collide even while offline.
 */
const pairDeviceStep = createStep(
  "pair-pos-device",
  async (input: PairPosDeviceInput, { container }) => {
    const pos = posModule(container)
    const [register] = await pos.listPosRegisters({ id: input.register_id, is_active: true })
    if (!register) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Register ${input.register_id} was not found`
      )
    }
    const taken = new Set(
      (await pos.listPosDevices({ register_id: input.register_id }, { withDeleted: true })).map(
        (device) => device.letter
      )
    )
    const letter = [...LETTERS].find((candidate) => !taken.has(candidate))
    if (!letter) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `register ${register.code} has paired ${LETTERS.length} tablets; no letter is left`
      )
    }
    const device = await pos.createPosDevices({
      register_id: input.register_id,
      label: input.label.normalize("NFC").trim(),
      token_hash: input.token_hash,
      paired_by: input.paired_by,
      letter,
    })
    return new StepResponse(device, device.id)
  },
  async (id, { container }) => {
    if (id) await posModule(container).deletePosDevices(id)
  }
)

export const pairPosDeviceWorkflow = createWorkflow(
  "pair-pos-device",
  (input: PairPosDeviceInput) => new WorkflowResponse(pairDeviceStep(input))
)
