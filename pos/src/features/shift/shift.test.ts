import type { PosShiftCloseInput, PosZReport } from "@ocop/sdk"
import { catalogItem, freshDatabase, testRegister } from "../../test-support"
import { drainOutbox } from "../outbox/outbox"
import { cartReducer, emptyCart } from "../sale/cart"
import { commitSale } from "../sale/commit"
import { cashTender } from "../tenders/tenders"
import { activeShift, closeBlocker, closeShift, openShift } from "./shift"

describe("shift", () => {
  it("opens offline, cannot close while sales wait, closes with the blind count and the sales held", async () => {
    const db = await freshDatabase()
    const shift = await openShift(db, {
      clientId: "11111111-1111-4111-8111-111111111111",
      clerkId: "clerk_lan",
      openingFloat: 500_000,
      now: new Date("2026-12-01T01:00:00Z"),
    })
    expect((await activeShift(db))?.clientId).toBe(shift.clientId)
    for (const [index, price] of [60_000, 185_000].entries()) {
      await commitSale(db, {
        register: testRegister,
        referencePrefix: "CH1A",
        clerk: { id: "clerk_lan", name: "Lan" },
        localShiftId: shift.clientId,
        cart: cartReducer(emptyCart, { type: "add", item: catalogItem({ price }), lineId: "l" }),
        tenders: [cashTender(price, 200_000)],
        clientId: `22222222-2222-4222-8222-00000000000${index}`,
        now: new Date("2026-12-01T02:00:00Z"),
      })
    }
    expect(await closeBlocker(db)).toEqual({ kind: "unsynced", count: 2 })
    const closing = {
      clerk_id: "clerk_lan",
      closed_at: "2026-12-01T10:00:00Z",
      counted: { cash: 745_000, vietqr: 0, card: 0 },
    }
    const sent: PosShiftCloseInput[] = []
    const server = async (_id: string, input: PosShiftCloseInput) => {
      sent.push(input)
      return { shift_id: "shift_1", sale_count: input.sales?.count ?? 0 } as PosZReport
    }
    await expect(closeShift(db, shift, closing, server)).rejects.toThrow(/outbox not empty/)

    await drainOutbox({
      db,
      now: () => Date.now(),
      send: async (entry) =>
        entry.kind === "shift_open"
          ? { kind: "shift", shiftId: "shift_1" }
          : { kind: "sale", sale: { client_id: entry.clientId } as never },
    })
    expect(await closeBlocker(db)).toBeNull()
    const current = await db.shifts.get(shift.clientId)
    if (!current) throw new Error("shift lost")
    const report = await closeShift(db, current, closing, server)
    expect(sent[0]?.sales).toEqual({ count: 2, total: 245_000 })
    expect(report.sale_count).toBe(2)
    expect(await activeShift(db)).toBeUndefined()
    expect((await db.shifts.get(shift.clientId))?.zReport).toEqual(report)
  })
})
