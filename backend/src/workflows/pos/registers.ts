import { MedusaError } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { posModule } from "./steps/pos-service"

export interface CreatePosRegisterInput {
  code: string
  name: string
  kind: "store" | "booth"
  sales_channel_id: string
  stock_location_id: string
  region_id: string
  receipt: Record<string, unknown>
  vietqr?: Record<string, unknown> | null
  discount_approval_percent?: number
  metadata?: Record<string, unknown> | null
}

const REGISTER_CODE = /^[A-Z0-9]{2,6}$/

/** Registers must name a channel that is linked to exactly the one location they sell from. */
const validateRegistersStep = createStep(
  "validate-pos-registers",
  async (input: CreatePosRegisterInput[], { container }) => {
    const query = container.resolve("query")
    for (const register of input) {
      if (!REGISTER_CODE.test(register.code)) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `code: "${register.code}" must be 2 to 6 upper-case letters or digits`
        )
      }
      const { data } = await query.graph({
        entity: "sales_channel",
        fields: ["id", "stock_locations.id"],
        filters: { id: register.sales_channel_id },
      })
      const locations = ((data[0]?.stock_locations ?? []) as ({ id: string } | null)[]).flatMap(
        (location) => (location ? [location.id] : [])
      )
      if (!data[0]) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `sales_channel_id: no sales channel ${register.sales_channel_id}`
        )
      }
      if (locations.length !== 1 || locations[0] !== register.stock_location_id) {
        // Medusa reserves at a channel's first location; a register sells from one only.
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `stock_location_id: the channel must be linked to exactly this one location`
        )
      }
    }
    return new StepResponse(undefined)
  }
)

const createRegistersStep = createStep(
  "create-pos-registers",
  async (input: CreatePosRegisterInput[], { container }) => {
    const created = await posModule(container).createPosRegisters(input)
    return new StepResponse(
      created,
      created.map((register) => register.id)
    )
  },
  async (ids, { container }) => {
    if (ids?.length) await posModule(container).deletePosRegisters(ids)
  }
)

export const createPosRegistersWorkflow = createWorkflow(
  "create-pos-registers",
  (input: { registers: CreatePosRegisterInput[] }) => {
    validateRegistersStep(input.registers)
    return new WorkflowResponse(createRegistersStep(input.registers))
  }
)
