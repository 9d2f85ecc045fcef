import type { PosShiftCloseInput, PosZReport } from "@ocop/sdk"
import type { LocalShift, OutboxSale, PosDatabase } from "../../db/schema"
import { readSetting, writeSetting } from "../../db/settings"
import { countUnsyncedSales, enqueue } from "../outbox/outbox"

/**
 * A shift opens on the tablet (offline too): the opening is queued first in the outbox, so the
 * server learns of the shift before any of its sales, which reach it in order.
 */
export async function openShift(
  db: PosDatabase,
  input: { clientId: string; clerkId: string; openingFloat: number; now: Date }
): Promise<LocalShift> {
  const shift: LocalShift = {
    clientId: input.clientId,
    serverId: null,
    status: "open",
    openedAt: input.now.toISOString(),
    openedBy: input.clerkId,
    openingFloat: input.openingFloat,
    closedAt: null,
    zReport: null,
  }
  await db.transaction("rw", db.shifts, db.outbox, db.settings, async () => {
    await db.shifts.add(shift)
    await enqueue(db, {
      kind: "shift_open",
      clientId: input.clientId,
      payload: {
        client_id: input.clientId,
        clerk_id: input.clerkId,
        opened_at: shift.openedAt,
        opening_float: input.openingFloat,
      },
      result: null,
      createdAt: shift.openedAt,
    })
    await writeSetting(db, "activeShiftId", shift.clientId)
  })
  return shift
}

export async function activeShift(db: PosDatabase): Promise<LocalShift | undefined> {
  const id = await readSetting(db, "activeShiftId")
  if (!id) return undefined
  const shift = await db.shifts.get(id)
  return shift?.status === "open" ? shift : undefined
}

export async function recordCashMovement(
  db: PosDatabase,
  input: {
    clientId: string
    localShiftId: string
    clerkId: string
    kind: "in" | "out"
    amount: number
    reason: string
    now: Date
  }
): Promise<void> {
  await enqueue(db, {
    kind: "cash_movement",
    clientId: input.clientId,
    localShiftId: input.localShiftId,
    payload: {
      client_id: input.clientId,
      clerk_id: input.clerkId,
      kind: input.kind,
      amount: input.amount,
      reason: input.reason,
      at: input.now.toISOString(),
    },
    result: null,
    createdAt: input.now.toISOString(),
  })
}

/** Why a shift cannot close (or a clerk sign out) yet; null when nothing stands in the way. */
export async function closeBlocker(
  db: PosDatabase
): Promise<{ kind: "unsynced"; count: number } | { kind: "queued"; count: number } | null> {
  const unsyncedSales = await countUnsyncedSales(db)
  if (unsyncedSales) return { kind: "unsynced", count: unsyncedSales }
  const queued = await db.outbox.where("status").equals("pending").count()
  if (queued) return { kind: "queued", count: queued }
  return null
}

/**
 * The shift's sales the server has accepted, as the tablet counts them: the server refuses to
 * close (409) while it holds fewer. Refused sales are the manager's to settle, not the Z report's.
 */
export async function syncedSalesOfShift(
  db: PosDatabase,
  localShiftId: string
): Promise<PosShiftCloseInput["sales"]> {
  const sales = (await db.outbox
    .where("kind")
    .equals("sale")
    .filter(
      (row) => row.kind === "sale" && row.localShiftId === localShiftId && row.status === "synced"
    )
    .toArray()) as OutboxSale[]
  return { count: sales.length, total: sales.reduce((sum, sale) => sum + sale.receipt.total, 0) }
}

/**
 * Closes the shift on the server with the blind count (entered before any expected amount is
 * shown) and keeps the Z report the server returns. Refused while anything is unsynced.
 */
export async function closeShift(
  db: PosDatabase,
  shift: LocalShift,
  count: Omit<PosShiftCloseInput, "sales">,
  closeOnServer: (serverShiftId: string, input: PosShiftCloseInput) => Promise<PosZReport>
): Promise<PosZReport> {
  const blocker = await closeBlocker(db)
  if (blocker) throw new Error(`outbox not empty: ${blocker.count}`)
  if (!shift.serverId) throw new Error("the shift has not reached the server yet")
  const input = { ...count, sales: await syncedSalesOfShift(db, shift.clientId) }
  const report = await closeOnServer(shift.serverId, input)
  await db.transaction("rw", db.shifts, db.settings, async () => {
    await db.shifts.update(shift.clientId, {
      status: "closed",
      closedAt: input.closed_at,
      zReport: report,
    })
    await writeSetting(db, "activeShiftId", null)
  })
  return report
}
