import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { PosDevicePairing } from "@ocop/sdk"
import { POS_MODULE } from "../../src/modules/pos"
import type PosModuleService from "../../src/modules/pos/service"
import seed from "../../src/scripts/seed"
import { demoPosLogins } from "../../src/scripts/seed/pos"
import { SEED_SALES_CHANNELS } from "../../src/scripts/seed-data/channels"
import { SEED_REGISTERS } from "../../src/scripts/seed-data/pos"
import { createAdminHeaders } from "../helpers/auth"
import { medusaIntegrationTestRunner } from "../helpers/runner"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("POS demo seed", () => {
      const counts: { registers: number; clerks: number }[] = []

      beforeAll(async () => {
        const container = getContainer()
        const pos = container.resolve<PosModuleService>(POS_MODULE)
        for (let run = 0; run < 2; run++) {
          await seed({ container, args: [] })
          counts.push({
            registers: (await pos.listPosRegisters()).length,
            clerks: (await pos.listPosClerks()).length,
          })
        }
      })

      it("creates a register per store and booth, and every demo clerk, once", () => {
        expect(counts[0]).toEqual({
          registers: SEED_REGISTERS.length,
          clerks: demoPosLogins().length,
        })
        expect(counts[1]).toEqual(counts[0])
        expect(SEED_REGISTERS.map((register) => register.code)).toEqual(["CH1", "CH2", "VCM"])
        // every register has at least a clerk and a manager printed by npm start
        for (const register of SEED_REGISTERS) {
          const roles = demoPosLogins()
            .filter((login) => login.register === register.code)
            .map((login) => login.role)
          expect(roles.sort()).toEqual(["clerk", "manager"])
        }
      })

      it("each register sells from its own channel's one location, with that channel's key", async () => {
        const container = getContainer()
        const admin = await createAdminHeaders(container)
        const { data } = await api.get("/admin/pos/registers", admin)
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        for (const seeded of SEED_REGISTERS) {
          const register = data.registers.find((r: { code: string }) => r.code === seeded.code)
          expect(register, seeded.code).toBeDefined()
          const channel = SEED_SALES_CHANNELS.find((c) => c.name === seeded.channel)
          const { data: channels } = await query.graph({
            entity: "sales_channel",
            fields: ["id", "name", "stock_locations.id", "publishable_api_keys.token"],
            filters: { id: register.sales_channel_id },
          })
          expect(channels[0]?.name).toBe(channel?.name)
          expect(
            channels[0]?.stock_locations?.map((location: { id: string } | null) => location?.id)
          ).toEqual([register.stock_location_id])
          expect(
            channels[0]?.publishable_api_keys?.map((key: { token: string } | null) => key?.token)
          ).toContain(register.publishable_key)
          expect(register.currency_code).toBe("vnd")
        }
      })

      it("every printed demo PIN signs its clerk in on a tablet paired with the register", async () => {
        const container = getContainer()
        const admin = await createAdminHeaders(container)
        const { data } = await api.get("/admin/pos/registers", admin)
        for (const seeded of SEED_REGISTERS) {
          const register = data.registers.find((r: { code: string }) => r.code === seeded.code)
          const pairing = (
            await api.post(`/admin/pos/registers/${register.id}/devices`, { label: "demo" }, admin)
          ).data as PosDevicePairing
          for (const login of demoPosLogins().filter((l) => l.register === seeded.code)) {
            const clerk = pairing.clerks.find((c) => c.name === login.username.normalize("NFC"))
            expect(clerk?.role, login.username).toBe(login.role)
            const signIn = await api.post("/pos/auth/sign-in", {
              device_token: pairing.device.token,
              clerk_id: clerk?.id,
              pin: login.password,
            })
            expect(signIn.status, login.username).toBe(200)
          }
        }
      })
    })
  },
})
