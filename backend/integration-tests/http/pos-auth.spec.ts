import { randomUUID } from "node:crypto"
import { medusaIntegrationTestRunner } from "../helpers/runner"
import { settle } from "./payments-fixtures"
import {
  bearer,
  createPosWorld,
  POS_PINS,
  type PosWorld,
  pairTablet,
  signedInClerk,
} from "./pos-fixtures"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let world: PosWorld

    beforeEach(async () => {
      world = await createPosWorld(getContainer())
    })

    it("a manager pairs a tablet; the device token is shown once, with the register and its clerks", async () => {
      const unauthenticated = await settle(
        api.post(`/admin/pos/registers/${world.registers.a}/devices`, { label: "Máy 1" })
      )
      expect(unauthenticated.status).toBe(401)

      const pairing = await pairTablet(api, world, world.registers.a, "Máy tính bảng 1")
      expect(pairing.device).toMatchObject({
        label: "Máy tính bảng 1",
        register_id: world.registers.a,
        reference_prefix: "TAA",
      })
      expect(pairing.device.token).toMatch(/^pdt_/)
      expect(pairing.register).toMatchObject({
        id: world.registers.a,
        code: "TA",
        sales_channel_id: world.channels.a,
        stock_location_id: world.locationId,
        region_id: world.regionId,
        currency_code: "vnd",
        discount_approval_percent: 10,
      })
      expect(pairing.register.publishable_key).toMatch(/^pk_/)
      expect(pairing.register.vietqr.bank_bin).toMatch(/^\d{6}$/)
      expect(pairing.clerks.map((clerk) => [clerk.name, clerk.role])).toEqual([
        ["Quản lý A", "manager"],
        ["Thu ngân A", "clerk"],
      ])
      // A second tablet of the register gets the next letter; nothing lists the token again.
      const second = await pairTablet(api, world, world.registers.a, "Máy 2")
      expect(second.device.reference_prefix).toBe("TAB")
      const listed = await api.get(`/admin/pos/registers/${world.registers.a}/devices`, world.admin)
      expect(listed.data.devices).toHaveLength(2)
      expect(JSON.stringify(listed.data)).not.toContain(pairing.device.token)
    })

    it("a clerk signs in with a PIN on a paired tablet and reaches /pos only, never /admin", async () => {
      const { signIn, headers } = await signedInClerk(
        api,
        world,
        world.registers.a,
        world.clerks.clerkA,
        POS_PINS.clerkA
      )
      expect(signIn.clerk).toEqual({ id: world.clerks.clerkA, name: "Thu ngân A", role: "clerk" })
      expect(signIn.register.code).toBe("TA")

      const me = await api.get("/pos/me", headers)
      expect(me.status).toBe(200)
      expect(me.data.clerk.id).toBe(world.clerks.clerkA)
      expect(me.data.clerks).toHaveLength(2)

      for (const path of [
        "/admin/orders",
        "/admin/products",
        "/admin/users/me",
        "/admin/pos/registers",
        "/admin/pos/lockouts",
        "/admin/ocop/producers",
        "/admin/payments-vn/vietqr/transfers",
      ]) {
        const response = await settle(api.get(path, headers))
        expect([401, 403], path).toContain(response.status)
      }
      const write = await settle(
        api.post(`/admin/pos/registers/${world.registers.a}/devices`, { label: "x" }, headers)
      )
      expect([401, 403]).toContain(write.status)

      // An admin's token is not a clerk's either.
      expect((await settle(api.get("/pos/me", world.admin))).status).toBe(401)
      expect((await settle(api.get("/pos/me"))).status).toBe(401)
      expect((await settle(api.get("/pos/catalog"))).status).toBe(401)
    })

    it("sign-in needs a paired tablet of the clerk's own register", async () => {
      const tabletB = await pairTablet(api, world, world.registers.b)
      const elsewhere = await settle(
        api.post("/pos/auth/sign-in", {
          device_token: tabletB.device.token,
          clerk_id: world.clerks.clerkA,
          pin: POS_PINS.clerkA,
        })
      )
      expect(elsewhere.status).toBe(401)
      expect(elsewhere.data.message).toMatch(/^pin: /)

      const unknown = await settle(
        api.post("/pos/auth/sign-in", {
          device_token: "pdt_not-a-real-device-token",
          clerk_id: world.clerks.clerkA,
          pin: POS_PINS.clerkA,
        })
      )
      expect(unknown.status).toBe(401)
      expect(unknown.data.message).toMatch(/^device_token: /)

      const malformed = await settle(
        api.post("/pos/auth/sign-in", {
          device_token: tabletB.device.token,
          clerk_id: world.clerks.clerkB,
          pin: "12ab",
        })
      )
      expect(malformed.status).toBe(400)
      expect(malformed.data.message).toMatch(/^pin: /)
    })

    it("a revoked tablet signs nobody in, and its clerks' tokens stop working at once", async () => {
      const { pairing, headers } = await signedInClerk(
        api,
        world,
        world.registers.a,
        world.clerks.clerkA,
        POS_PINS.clerkA
      )
      const revoked = await api.post(
        `/admin/pos/devices/${pairing.device.id}/revoke`,
        {},
        world.admin
      )
      expect(revoked.data.device.revoked_at).toEqual(expect.any(String))
      expect((await settle(api.get("/pos/me", headers))).status).toBe(401)
      const again = await settle(
        api.post("/pos/auth/sign-in", {
          device_token: pairing.device.token,
          clerk_id: world.clerks.clerkA,
          pin: POS_PINS.clerkA,
        })
      )
      expect(again.status).toBe(401)
    })

    it("five wrong PINs lock the clerk on that register for 15 minutes, logged for the manager", async () => {
      const tablet = await pairTablet(api, world, world.registers.a)
      const attempt = (clerkId: string, pin: string) =>
        settle(
          api.post("/pos/auth/sign-in", {
            device_token: tablet.device.token,
            clerk_id: clerkId,
            pin,
          })
        )
      for (const left of [4, 3, 2, 1]) {
        const wrong = await attempt(world.clerks.clerkA, "0000")
        expect(wrong.status).toBe(401)
        expect(wrong.data.attempts_left).toBe(left)
      }
      const fifth = await attempt(world.clerks.clerkA, "0000")
      expect(fifth.status).toBe(429)
      const lockedUntil = Date.parse(fifth.data.locked_until)
      expect(lockedUntil - Date.now()).toBeGreaterThan(14 * 60_000)
      expect(lockedUntil - Date.now()).toBeLessThanOrEqual(15 * 60_000)
      expect(Number(fifth.headers["retry-after"])).toBeGreaterThan(14 * 60)

      // Even the right PIN waits out the lockout; the manager of the register is not locked.
      expect((await attempt(world.clerks.clerkA, POS_PINS.clerkA)).status).toBe(429)
      expect((await attempt(world.clerks.managerA, POS_PINS.managerA)).status).toBe(200)

      const log = await api.get(`/admin/pos/lockouts?register_id=${world.registers.a}`, world.admin)
      expect(log.data.lockouts).toHaveLength(1)
      expect(log.data.lockouts[0]).toMatchObject({
        clerk_id: world.clerks.clerkA,
        clerk_name: "Thu ngân A",
        device_id: tablet.device.id,
        failed_attempts: 5,
        source: "server",
      })
    })

    it("a lockout the tablet decided offline reaches the manager's list once, when it is online", async () => {
      const { headers, pairing } = await signedInClerk(
        api,
        world,
        world.registers.a,
        world.clerks.managerA,
        POS_PINS.managerA
      )
      const lockedAt = new Date(Date.now() - 60_000)
      const report = {
        client_id: randomUUID(),
        clerk_id: world.clerks.clerkA,
        failed_attempts: 5,
        locked_at: lockedAt.toISOString(),
        locked_until: new Date(lockedAt.getTime() + 15 * 60_000).toISOString(),
      }
      const first = await api.post("/pos/lockouts", report, headers)
      expect(first.status).toBe(201)
      const again = await api.post("/pos/lockouts", report, headers)
      expect(again.status).toBe(200)
      expect(again.data.lockout.id).toBe(first.data.lockout.id)

      // another register's clerk, or a lockout ending before it began, is refused
      const foreign = await settle(
        api.post(
          "/pos/lockouts",
          { ...report, client_id: randomUUID(), clerk_id: world.clerks.clerkB },
          headers
        )
      )
      expect(foreign.status).toBe(403)
      const backwards = await settle(
        api.post(
          "/pos/lockouts",
          { ...report, client_id: randomUUID(), locked_until: report.locked_at },
          headers
        )
      )
      expect(backwards.status).toBe(400)
      expect(backwards.data.message).toMatch(/^locked_until: /)

      const log = await api.get(`/admin/pos/lockouts?register_id=${world.registers.a}`, world.admin)
      expect(log.data.lockouts).toHaveLength(1)
      expect(log.data.lockouts[0]).toMatchObject({
        clerk_id: world.clerks.clerkA,
        device_id: pairing.device.id,
        failed_attempts: 5,
        source: "tablet",
        locked_at: report.locked_at,
      })
    })

    it("a right PIN clears the count of wrong ones", async () => {
      const tablet = await pairTablet(api, world, world.registers.b)
      const attempt = (pin: string) =>
        settle(
          api.post("/pos/auth/sign-in", {
            device_token: tablet.device.token,
            clerk_id: world.clerks.clerkB,
            pin,
          })
        )
      for (let i = 0; i < 4; i++) expect((await attempt("0000")).status).toBe(401)
      expect((await attempt(POS_PINS.clerkB)).status).toBe(200)
      expect((await attempt("0000")).data.attempts_left).toBe(4)
    })

    it("Medusa's generic auth route cannot be used to guess clerk PINs", async () => {
      for (const actor of ["pos_clerk", "user", "customer"]) {
        const response = await settle(
          api.post(`/auth/${actor}/pos-pin`, {
            clerk_id: world.clerks.clerkA,
            register_id: world.registers.a,
            pin: POS_PINS.clerkA,
          })
        )
        // 401 from the provider (no ticket), or 400 where Medusa allows only emailpass
        expect([400, 401], actor).toContain(response.status)
        expect(response.data.token).toBeUndefined()
      }
      // A forged token of the right actor type but the wrong secret is refused too.
      expect((await settle(api.get("/pos/me", bearer("e30.e30.sig")))).status).toBe(401)
    })
  },
})
