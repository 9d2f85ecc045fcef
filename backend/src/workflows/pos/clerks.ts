import { MedusaError, Modules } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { posModule } from "./steps/pos-service"

export interface CreatePosClerkInput {
  register_id: string
  name: string
  role: "clerk" | "manager"
  /** 4–6 digits; hashed by the Auth module's pos-pin provider, never stored here. */
  pin: string
}

const createClerkRowsStep = createStep(
  "create-pos-clerk-rows",
  async (input: CreatePosClerkInput[], { container }) => {
    const pos = posModule(container)
    const registers = await pos.listPosRegisters({ id: input.map((clerk) => clerk.register_id) })
    for (const clerk of input) {
      if (!registers.some((register) => register.id === clerk.register_id)) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `register_id: no register ${clerk.register_id}`
        )
      }
    }
    const created = await pos.createPosClerks(
      input.map((clerk) => ({
        register_id: clerk.register_id,
        name: clerk.name.normalize("NFC").trim(),
        role: clerk.role,
      }))
    )
    return new StepResponse(
      created,
      created.map((clerk) => clerk.id)
    )
  },
  async (ids, { container }) => {
    if (ids?.length) await posModule(container).deletePosClerks(ids)
  }
)

interface PinIdentityInput {
  clerk_id: string
  register_id: string
  pin: string
}

/** One Auth identity per clerk (provider pos-pin), its app_metadata naming the clerk actor. */
const registerPinIdentitiesStep = createStep(
  "register-pos-clerk-pin-identities",
  async (input: PinIdentityInput[], { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const created: { clerk_id: string; auth_identity_id: string }[] = []
    try {
      for (const clerk of input) {
        const result = await auth.register("pos-pin", {
          body: { clerk_id: clerk.clerk_id, register_id: clerk.register_id, pin: clerk.pin },
        })
        if (!result.success || !result.authIdentity) {
          throw new MedusaError(MedusaError.Types.INVALID_DATA, `pin: ${result.error}`)
        }
        created.push({ clerk_id: clerk.clerk_id, auth_identity_id: result.authIdentity.id })
        await auth.updateAuthIdentities({
          id: result.authIdentity.id,
          app_metadata: { pos_clerk_id: clerk.clerk_id },
        })
      }
    } catch (error) {
      if (created.length) {
        await auth.deleteAuthIdentities(created.map((entry) => entry.auth_identity_id))
      }
      throw error
    }
    return new StepResponse(
      created,
      created.map((entry) => entry.auth_identity_id)
    )
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve(Modules.AUTH).deleteAuthIdentities(ids)
  }
)

const linkClerkIdentitiesStep = createStep(
  "link-pos-clerk-identities",
  async (input: { clerk_id: string; auth_identity_id: string }[], { container }) => {
    const pos = posModule(container)
    await pos.updatePosClerks(
      input.map((entry) => ({ id: entry.clerk_id, auth_identity_id: entry.auth_identity_id }))
    )
    return new StepResponse(undefined)
  }
)

/** Staff of a register with their PINs (the seed's demo clerks, a manager's new hire). */
export const createPosClerksWorkflow = createWorkflow(
  "create-pos-clerks",
  (input: { clerks: CreatePosClerkInput[] }) => {
    const clerks = createClerkRowsStep(input.clerks)
    const identities = transform({ input, clerks }, ({ input, clerks }) =>
      clerks.map((clerk, index) => ({
        clerk_id: clerk.id,
        register_id: clerk.register_id,
        pin: (input.clerks[index] as CreatePosClerkInput).pin,
      }))
    )
    const registered = registerPinIdentitiesStep(identities)
    linkClerkIdentitiesStep(registered)
    return new WorkflowResponse(clerks)
  }
)
