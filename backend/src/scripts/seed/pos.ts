import { MedusaError } from "@medusajs/framework/utils"
import { POS_MODULE } from "../../modules/pos"
import type PosModuleService from "../../modules/pos/service"
import { createPosClerksWorkflow } from "../../workflows/pos/clerks"
import { createPosRegistersWorkflow } from "../../workflows/pos/registers"
import demoLogins from "../demo-logins.json"
import { SEED_REGISTERS } from "../seed-data/pos"
import type { ChannelIds, LocationIds } from "./channels"
import type { SeedContext } from "./context"

interface PosLogin {
  username: string
  password: string
  register: string
  role: "clerk" | "manager"
}

/** The demo logins that are POS clerks: the PINs `npm start` prints. */
export function demoPosLogins(): PosLogin[] {
  return (demoLogins as Array<Partial<PosLogin>>).flatMap((login) =>
    login.register && login.username && login.password && login.role ? [login as PosLogin] : []
  )
}

/** Registers for the stores and the booth, and their demo clerks; a rerun adds only what is missing. */
export async function ensurePosRegisters(
  ctx: SeedContext,
  ids: { regionId: string; channels: ChannelIds; locations: LocationIds }
): Promise<void> {
  const pos = ctx.container.resolve<PosModuleService>(POS_MODULE)
  const existing = await pos.listPosRegisters({ code: SEED_REGISTERS.map((r) => r.code) })
  const missing = SEED_REGISTERS.filter((r) => !existing.some((found) => found.code === r.code))
  if (missing.length) {
    await createPosRegistersWorkflow(ctx.container).run({
      input: {
        registers: missing.map((register) => {
          const channelId = ids.channels.get(register.channel)
          const locationId = ids.locations.get(register.location)
          if (!channelId || !locationId) {
            throw new MedusaError(
              MedusaError.Types.INVALID_DATA,
              `seed: register ${register.code} needs channel "${register.channel}" and its location`
            )
          }
          return {
            code: register.code,
            name: register.name,
            kind: register.kind,
            sales_channel_id: channelId,
            stock_location_id: locationId,
            region_id: ids.regionId,
            receipt: register.receipt,
            discount_approval_percent: register.discount_approval_percent,
            metadata: { seed_key: register.code },
          }
        }),
      },
    })
    ctx.logger.info(`seed: ${missing.length} POS registers`)
  }

  const registers = await pos.listPosRegisters({ code: SEED_REGISTERS.map((r) => r.code) })
  const clerks = await pos.listPosClerks({ register_id: registers.map((r) => r.id) })
  const toCreate = demoPosLogins().flatMap((login) => {
    const register = registers.find((candidate) => candidate.code === login.register)
    if (!register) return []
    const name = login.username.normalize("NFC")
    if (clerks.some((clerk) => clerk.register_id === register.id && clerk.name === name)) return []
    return [{ register_id: register.id, name, role: login.role, pin: login.password }]
  })
  if (toCreate.length) {
    await createPosClerksWorkflow(ctx.container).run({ input: { clerks: toCreate } })
    ctx.logger.info(`seed: ${toCreate.length} POS clerks with demo PINs`)
  }
}
