import type { PosSale, PosSaleInput, PosSaleOutcome } from "@ocop/sdk"
import type { OutboxEntry, PosDatabase } from "../../db/schema"
import { catalogItem, freshDatabase, testRegister } from "../../test-support"
import { cartReducer, emptyCart } from "../sale/cart"
import { commitSale } from "../sale/commit"
import { openShift, recordCashMovement } from "../shift/shift"
import { cashTender } from "../tenders/tenders"
import {
  backoffMs,
  countUnsyncedSales,
  drainOutbox,
  MAX_BACKOFF_MS,
  requeueRejected,
  resetBackoff,
  type SaleToSend,
  type SendResult,
} from "./outbox"

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message)
  }
}

/**
 * A server that behaves like POST /pos/sales: idempotent on client_id, and able to lose its
 * answer after committing (the connection drops on the way back).
 */
function fakeServer() {
  const orders = new Map<string, PosSale>()
  const received: string[] = []
  const shifts = new Map<string, string>()
  let mode: "up" | "down" | "drop-after-commit" | "error-500" | "no-batch-route" = "up"
  const refuse = new Set<string>()
  /** Sales refused as another register's (403), kept apart from the 400 refusals. */
  const forbid = new Set<string>()
  const batches: string[][] = []

  function commitSaleOnServer(payload: PosSaleInput): PosSale {
    const existing = orders.get(payload.client_id)
    if (existing) return existing
    const sale = {
      id: `possale_${orders.size + 1}`,
      client_id: payload.client_id,
      sale_number: payload.sale_number,
      shift_id: payload.shift_id,
      order_id: `order_${orders.size + 1}`,
      order_display_id: orders.size + 1,
    } as PosSale
    orders.set(payload.client_id, sale)
    return sale
  }

  const send = async (entry: OutboxEntry, serverShiftId: string | null): Promise<SendResult> => {
    received.push(entry.clientId)
    if (mode === "down") throw new TypeError("Failed to fetch")
    if (mode === "error-500") throw new HttpError(500, "boom")
    if (refuse.has(entry.clientId)) throw new HttpError(400, "lines.0.variant_id: unknown variant")
    if (forbid.has(entry.clientId)) throw new HttpError(403, "shift_id: another register's shift")
    if (entry.kind === "lockout") return { kind: "lockout", lockoutId: `plck_${entry.clientId}` }
    if (entry.kind === "shift_open") {
      const id = shifts.get(entry.clientId) ?? `shift_${shifts.size + 1}`
      shifts.set(entry.clientId, id)
      return { kind: "shift", shiftId: id }
    }
    if (entry.kind === "cash_movement") return { kind: "shift", shiftId: serverShiftId ?? "" }
    const sale = commitSaleOnServer({ ...entry.payload, shift_id: serverShiftId ?? "" })
    if (mode === "drop-after-commit") {
      mode = "up"
      throw new TypeError("network error: connection reset")
    }
    return { kind: "sale", sale }
  }
  /** POST /pos/sales/batch: one outcome per sale, in the order sent. */
  const sendSales = async (sales: SaleToSend[]): Promise<PosSaleOutcome[]> => {
    if (mode === "no-batch-route") throw new HttpError(404, "Cannot POST /pos/sales/batch")
    if (mode === "down") throw new TypeError("Failed to fetch")
    if (mode === "error-500") throw new HttpError(500, "boom")
    batches.push(sales.map(({ entry }) => entry.clientId))
    received.push(...sales.map(({ entry }) => entry.clientId))
    const outcomes = sales.map(({ entry, serverShiftId }): PosSaleOutcome => {
      const clientId = entry.clientId
      if (refuse.has(clientId)) {
        return { client_id: clientId, status: "refused", code: 400, message: "lines.0: bad" }
      }
      if (forbid.has(clientId)) {
        return { client_id: clientId, status: "refused", code: 403, message: "shift_id: not yours" }
      }
      const created = !orders.has(clientId)
      const sale = commitSaleOnServer({ ...entry.payload, shift_id: serverShiftId })
      return { client_id: clientId, status: "accepted", created, sale }
    })
    if (mode === "drop-after-commit") {
      mode = "up"
      throw new TypeError("network error: connection reset")
    }
    return outcomes
  }
  return {
    orders,
    received,
    batches,
    send,
    sendSales,
    refuse,
    forbid,
    setMode: (next: typeof mode) => {
      mode = next
    },
  }
}

let uuid = 0
const nextUuid = () => `00000000-0000-4000-8000-${String(++uuid).padStart(12, "0")}`

async function sellOne(db: PosDatabase, shiftId: string, price = 60_000) {
  const cart = cartReducer(emptyCart, {
    type: "add",
    item: catalogItem({ price }),
    lineId: "l1",
  })
  return commitSale(db, {
    register: testRegister,
    referencePrefix: "CH1A",
    clerk: { id: "clerk_lan", name: "Lan" },
    localShiftId: shiftId,
    cart,
    tenders: [cashTender(price, 100_000)],
    clientId: nextUuid(),
    now: new Date("2026-12-01T03:00:00Z"),
  })
}

describe("outbox", () => {
  let db: PosDatabase
  let clock = 0
  const now = () => clock

  beforeEach(async () => {
    db = await freshDatabase()
    clock = 1_000_000
  })

  async function openedShift() {
    const shift = await openShift(db, {
      clientId: nextUuid(),
      clerkId: "clerk_lan",
      openingFloat: 500_000,
      now: new Date(),
    })
    return shift.clientId
  }

  it("commits sales with register-scoped numbers and sends them oldest first, once", async () => {
    const server = fakeServer()
    const shiftId = await openedShift()
    const sales = [
      await sellOne(db, shiftId),
      await sellOne(db, shiftId),
      await sellOne(db, shiftId),
    ]
    expect(sales.map((s) => s.payload.sale_number)).toEqual([
      "CH1A-000001",
      "CH1A-000002",
      "CH1A-000003",
    ])
    expect(sales[0]?.receipt.change).toBe(40_000)
    expect(await countUnsyncedSales(db)).toBe(3)

    const report = await drainOutbox({ db, send: server.send, now })
    expect(report).toEqual({ sent: 4, rejected: 0, stop: { reason: "empty" } })
    expect(server.received).toEqual([shiftId, ...sales.map((s) => s.clientId)])
    expect(server.orders.size).toBe(3)
    // sales carry the server's shift id, learnt when the shift's opening synced
    expect([...server.orders.values()].map((o) => o.shift_id)).toEqual([
      "shift_1",
      "shift_1",
      "shift_1",
    ])
    expect(await countUnsyncedSales(db)).toBe(0)
    expect((await db.shifts.get(shiftId))?.serverId).toBe("shift_1")
  })

  it("keeps sales queued while offline and backs off; drains when the network returns", async () => {
    const server = fakeServer()
    const shiftId = await openedShift()
    await sellOne(db, shiftId)
    await sellOne(db, shiftId)
    server.setMode("down")
    const offline = await drainOutbox({ db, send: server.send, now, random: () => 0.5 })
    expect(offline).toEqual({ sent: 0, rejected: 0, stop: { reason: "backoff", waitMs: 1_000 } })
    // within the backoff nothing is sent
    const callsBefore = server.received.length
    expect((await drainOutbox({ db, send: server.send, now })).stop.reason).toBe("backoff")
    expect(server.received.length).toBe(callsBefore)

    server.setMode("up")
    clock += 1_000
    expect(await drainOutbox({ db, send: server.send, now })).toMatchObject({ sent: 3 })
    expect(server.orders.size).toBe(2)
  })

  it("a response lost after the server committed: the retry of the same UUID makes no second order", async () => {
    const server = fakeServer()
    const shiftId = await openedShift()
    await drainOutbox({ db, send: server.send, now })
    const sale = await sellOne(db, shiftId)
    server.setMode("drop-after-commit")
    expect((await drainOutbox({ db, send: server.send, now })).stop.reason).toBe("backoff")
    expect(server.orders.size).toBe(1)
    expect(await countUnsyncedSales(db)).toBe(1)
    clock += MAX_BACKOFF_MS * 2
    await drainOutbox({ db, send: server.send, now })
    expect(server.orders.size).toBe(1)
    expect(server.received.filter((id) => id === sale.clientId)).toHaveLength(2)
    const row = await db.outbox.get(sale.clientId)
    expect(row?.status).toBe("synced")
  })

  it("keeps a refused sale with its reason, does not let it block the ones after it", async () => {
    const server = fakeServer()
    const shiftId = await openedShift()
    const refused = await sellOne(db, shiftId)
    const fine = await sellOne(db, shiftId)
    server.refuse.add(refused.clientId)
    const report = await drainOutbox({ db, send: server.send, now })
    expect(report).toMatchObject({ sent: 2, rejected: 1 })
    const row = await db.outbox.get(refused.clientId)
    expect(row).toMatchObject({
      status: "rejected",
      lastError: "lines.0.variant_id: unknown variant",
    })
    expect((await db.outbox.get(fine.clientId))?.status).toBe("synced")
    expect(await countUnsyncedSales(db)).toBe(0)

    server.refuse.clear()
    await requeueRejected(db, refused.clientId)
    expect(await drainOutbox({ db, send: server.send, now })).toMatchObject({ sent: 1 })
  })

  it("refuses the sales of a shift the server refused, keeping them for a manager", async () => {
    const server = fakeServer()
    const shiftId = await openedShift()
    const sale = await sellOne(db, shiftId)
    server.refuse.add(shiftId)
    expect(await drainOutbox({ db, send: server.send, now })).toMatchObject({
      sent: 0,
      rejected: 1,
    })
    expect(await db.outbox.get(sale.clientId)).toMatchObject({
      status: "rejected",
      lastError: expect.stringMatching(/^shift refused: /),
    })
  })

  it("stops on 401 until a clerk signs in again, and retries 5xx with growing backoff", async () => {
    const shiftId = await openedShift()
    await recordCashMovement(db, {
      clientId: nextUuid(),
      localShiftId: shiftId,
      clerkId: "clerk_lan",
      kind: "in",
      amount: 200_000,
      reason: "đổi tiền lẻ",
      now: new Date(),
    })
    const unauthorized = await drainOutbox({
      db,
      send: async () => {
        throw new HttpError(401, "Unauthorized")
      },
      now,
    })
    expect(unauthorized.stop).toEqual({ reason: "unauthorized", message: "Unauthorized" })

    const server = fakeServer()
    server.setMode("error-500")
    const waits: number[] = []
    for (let i = 0; i < 8; i++) {
      const report = await drainOutbox({ db, send: server.send, now, random: () => 0.5 })
      if (report.stop.reason === "backoff") waits.push(report.stop.waitMs)
      clock += MAX_BACKOFF_MS
    }
    expect(waits).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000])
    server.setMode("up")
    expect(await drainOutbox({ db, send: server.send, now })).toMatchObject({ sent: 2 })
  })

  it("makes every pending entry due again when the network returns", async () => {
    const server = fakeServer()
    const shiftId = await openedShift()
    await sellOne(db, shiftId)
    server.setMode("down")
    for (let i = 0; i < 6; i++) {
      await drainOutbox({ db, send: server.send, now, random: () => 0.5 })
      clock += MAX_BACKOFF_MS
    }
    const waiting = await drainOutbox({
      db,
      send: server.send,
      now: () => clock - MAX_BACKOFF_MS + 1,
    })
    expect(waiting.stop.reason).toBe("backoff")
    server.setMode("up")
    await resetBackoff(db)
    expect(await drainOutbox({ db, send: server.send, now })).toMatchObject({ sent: 2 })
  })

  it("sends consecutive sales in batches, oldest first, each outcome applied on its own", async () => {
    const server = fakeServer()
    const shiftId = await openedShift()
    const sales = []
    for (let i = 0; i < 7; i++) sales.push(await sellOne(db, shiftId))
    server.forbid.add(sales[1]?.clientId ?? "")
    server.refuse.add(sales[4]?.clientId ?? "")
    const deps = { db, send: server.send, sendSales: server.sendSales, batchSize: 3, now }
    const report = await drainOutbox(deps)
    // the shift's opening goes alone and first; then 3 + 3 + 1 sales; no refusal stops the queue
    expect(report).toEqual({ sent: 6, rejected: 2, stop: { reason: "empty" } })
    expect(server.batches).toEqual([
      sales.slice(0, 3).map((s) => s.clientId),
      sales.slice(3, 6).map((s) => s.clientId),
      sales.slice(6).map((s) => s.clientId),
    ])
    expect(await db.outbox.get(sales[1]?.clientId ?? "")).toMatchObject({
      status: "rejected",
      lastError: "shift_id: not yours",
    })
    expect(await db.outbox.get(sales[4]?.clientId ?? "")).toMatchObject({ status: "rejected" })
    expect(server.orders.size).toBe(5)
    expect(await countUnsyncedSales(db)).toBe(0)
  })

  it("a batch whose answer is lost is sent again as it was, and makes no second order", async () => {
    const server = fakeServer()
    const shiftId = await openedShift()
    for (let i = 0; i < 4; i++) await sellOne(db, shiftId)
    await drainOutbox({ db, send: server.send, now })
    for (let i = 0; i < 4; i++) await sellOne(db, shiftId)
    server.setMode("drop-after-commit")
    const deps = { db, send: server.send, sendSales: server.sendSales, now, random: () => 0.5 }
    expect((await drainOutbox(deps)).stop).toEqual({ reason: "backoff", waitMs: 1_000 })
    expect(await countUnsyncedSales(db)).toBe(4)
    clock += 1_000
    expect(await drainOutbox(deps)).toMatchObject({ sent: 4, stop: { reason: "empty" } })
    expect(server.orders.size).toBe(8)
    expect(server.batches).toHaveLength(2)
    expect(server.batches[0]).toEqual(server.batches[1])
  })

  it("sends sales one by one to a backend without the batch route", async () => {
    const server = fakeServer()
    const shiftId = await openedShift()
    await sellOne(db, shiftId)
    await sellOne(db, shiftId)
    server.setMode("no-batch-route")
    const report = await drainOutbox({ db, send: server.send, sendSales: server.sendSales, now })
    expect(report).toMatchObject({ sent: 3, rejected: 0 })
    expect(server.batches).toEqual([])
    expect(server.orders.size).toBe(2)
  })

  it("keeps a 403 refusal for a manager instead of pausing the queue", async () => {
    const server = fakeServer()
    const shiftId = await openedShift()
    const forbidden = await sellOne(db, shiftId)
    const fine = await sellOne(db, shiftId)
    server.forbid.add(forbidden.clientId)
    expect(await drainOutbox({ db, send: server.send, now })).toMatchObject({
      sent: 2,
      rejected: 1,
      stop: { reason: "empty" },
    })
    expect(await db.outbox.get(forbidden.clientId)).toMatchObject({
      status: "rejected",
      lastError: "shift_id: another register's shift",
    })
    expect((await db.outbox.get(fine.clientId))?.status).toBe("synced")
  })

  it("jitters the backoff by ±25 %", () => {
    expect(backoffMs(1, () => 0)).toBe(750)
    expect(backoffMs(1, () => 1)).toBe(1_250)
    expect(backoffMs(30, () => 0.5)).toBe(MAX_BACKOFF_MS)
  })
})
