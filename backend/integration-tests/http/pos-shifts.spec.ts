import { randomUUID } from "node:crypto"
import type { PosShift } from "@ocop/sdk"
import { medusaIntegrationTestRunner } from "../helpers/runner"
import { settle } from "./payments-fixtures"
import {
  cashSale,
  createPosWorld,
  POS_PINS,
  POS_PRICES,
  type PosWorld,
  signedInClerk,
} from "./pos-fixtures"

type Headers = { headers: Record<string, string> }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let world: PosWorld
    let clerk: Headers

    beforeEach(async () => {
      world = await createPosWorld(getContainer())
      clerk = (
        await signedInClerk(api, world, world.registers.a, world.clerks.clerkA, POS_PINS.clerkA)
      ).headers
    })

    const open = (clientId: string, float = 500_000) =>
      settle(
        api.post(
          "/pos/shifts",
          {
            client_id: clientId,
            clerk_id: world.clerks.clerkA,
            opened_at: new Date().toISOString(),
            opening_float: float,
          },
          clerk
        )
      )

    const movement = (shiftRef: string, clientId: string, kind: "in" | "out", amount: number) =>
      settle(
        api.post(
          `/pos/shifts/${shiftRef}/cash-movements`,
          {
            client_id: clientId,
            clerk_id: world.clerks.clerkA,
            kind,
            amount,
            reason: kind === "in" ? "Thêm tiền lẻ" : "Nộp ngân hàng",
            at: new Date().toISOString(),
          },
          clerk
        )
      )

    const close = (
      shiftRef: string,
      counted: { cash: number; vietqr: number; card: number },
      sales: { count: number; total: number }
    ) =>
      settle(
        api.post(
          `/pos/shifts/${shiftRef}/close`,
          { clerk_id: world.clerks.managerA, closed_at: new Date().toISOString(), counted, sales },
          clerk
        )
      )

    it("a shift opens once per register, idempotent on the tablet's UUID", async () => {
      const clientId = randomUUID()
      const first = await open(clientId)
      expect(first.status).toBe(201)
      expect(first.data.shift).toMatchObject({
        client_id: clientId,
        register_id: world.registers.a,
        status: "open",
        opening_float: 500_000,
        z_report: null,
      })
      const retry = await open(clientId)
      expect(retry.status).toBe(200)
      expect(retry.data.shift.id).toBe(first.data.shift.id)
      const second = await open(randomUUID())
      expect(second.status).toBe(400)
      expect(second.data.message).toMatch(/open shift/)
    })

    it("closes with blind counts into an immutable Z report of expected vs counted", async () => {
      const clientId = randomUUID()
      const shift = (await open(clientId)).data.shift as PosShift
      // A shift opened offline is named by its client UUID until the tablet learns its id.
      const inMove = randomUUID()
      expect((await movement(clientId, inMove, "in", 100_000)).status).toBe(201)
      expect((await movement(clientId, inMove, "in", 100_000)).status).toBe(200)
      expect((await movement(shift.id, randomUUID(), "out", 300_000)).status).toBe(201)

      const cash = cashSale(
        clientId,
        world.clerks.clerkA,
        [{ variant_id: world.variants.quyt, quantity: 1, unit_price: POS_PRICES.quyt }],
        { received: 200_000 }
      )
      expect((await api.post("/pos/sales", cash, clerk)).status).toBe(201)
      const card = {
        ...cashSale(shift.id, world.clerks.clerkA, [
          { variant_id: world.variants.ruouNhe, quantity: 1, unit_price: POS_PRICES.ruouNhe },
        ]),
        tenders: [{ kind: "card", amount: POS_PRICES.ruouNhe, reference: "SLIP-9" }],
        age_check: { checked_by: world.clerks.clerkA, checked_at: new Date().toISOString() },
      }
      expect((await api.post("/pos/sales", card, clerk)).status).toBe(201)
      const salesTotal = POS_PRICES.quyt + POS_PRICES.ruouNhe

      // The tablet still holds a third sale the server has not seen: no close yet.
      const early = await close(
        shift.id,
        { cash: 420_000, vietqr: 0, card: 90_000 },
        { count: 3, total: salesTotal + 1 }
      )
      expect(early.status).toBe(409)
      expect(early.data.message).toMatch(/^sales: the tablet made 3 sales .* server holds 2/)
      const wrongTotal = await close(
        shift.id,
        { cash: 420_000, vietqr: 0, card: 90_000 },
        { count: 2, total: salesTotal + 5 }
      )
      expect(wrongTotal.status).toBe(409)

      const counted = { cash: 410_000, vietqr: 0, card: 90_000 }
      const closed = await close(shift.id, counted, { count: 2, total: salesTotal })
      expect(closed.status).toBe(200)
      const report = closed.data.shift.z_report
      expect(closed.data.shift.status).toBe("closed")
      expect(report).toMatchObject({
        shift_id: shift.id,
        register_code: "TA",
        sale_count: 2,
        opening_float: 500_000,
        cash_in: 100_000,
        cash_out: 300_000,
        expected: { cash: 500_000 + POS_PRICES.quyt + 100_000 - 300_000, vietqr: 0, card: 90_000 },
        counted,
        difference: { cash: -10_000, vietqr: 0, card: 0 },
        opened_by: world.clerks.clerkA,
        closed_by: world.clerks.managerA,
        gross_total: salesTotal,
        discount_total: 0,
      })
      expect(report.vat_by_rate.map((rate: { rate_percent: number }) => rate.rate_percent)).toEqual(
        [5, 10]
      )

      // The same close again gets the same report; another count cannot rewrite it.
      const again = await close(shift.id, counted, { count: 2, total: salesTotal })
      expect(again.data.shift.z_report).toEqual(report)
      const rewrite = await close(
        shift.id,
        { ...counted, cash: 420_000 },
        { count: 2, total: salesTotal }
      )
      expect(rewrite.status).toBe(409)
      expect((await api.get(`/pos/shifts/${clientId}`, clerk)).data.shift.z_report).toEqual(report)

      // A closed shift takes no more sales or movements; a new shift may open.
      const late = await settle(
        api.post(
          "/pos/sales",
          cashSale(shift.id, world.clerks.clerkA, [
            { variant_id: world.variants.quyt, quantity: 1, unit_price: POS_PRICES.quyt },
          ]),
          clerk
        )
      )
      expect(late.status).toBe(400)
      expect(late.data.message).toMatch(/^shift_id: .* already closed/)
      expect((await movement(shift.id, randomUUID(), "in", 1_000)).status).toBe(400)
      expect((await open(randomUUID())).status).toBe(201)
    })

    it("a sale naming a shift the server does not know is refused, naming shift_id", async () => {
      const response = await settle(
        api.post(
          "/pos/sales",
          cashSale(randomUUID(), world.clerks.clerkA, [
            { variant_id: world.variants.quyt, quantity: 1, unit_price: POS_PRICES.quyt },
          ]),
          clerk
        )
      )
      expect(response.status).toBe(400)
      expect(response.data.message).toMatch(/^shift_id: no shift/)
    })
  },
})
