import type { PosSale } from "@ocop/sdk"
import { classifyFailure, errorMessageOf } from "../../app/http-errors"
import type { OutboxEntry, PosDatabase } from "../../db/schema"
import { nextSequence } from "../../db/settings"

/** What the server answered for one entry (only what the outbox keeps). */
export type SendResult = { kind: "sale"; sale: PosSale } | { kind: "shift"; shiftId: string }

export interface OutboxDeps {
  db: PosDatabase
  /**
   * Sends one entry. `serverShiftId` is the server's id of the entry's shift (known once the
   * shift's own opening has synced: it is always earlier in the queue). Throws as js-sdk does.
   */
  send: (entry: OutboxEntry, serverShiftId: string | null) => Promise<SendResult>
  now: () => number
  random?: () => number
}

export type DrainStop =
  | { reason: "empty" }
  /** The oldest entry waits for its backoff; try again in `waitMs`. */
  | { reason: "backoff"; waitMs: number }
  | { reason: "unauthorized"; message: string }

export interface DrainReport {
  sent: number
  rejected: number
  stop: DrainStop
}

export const MAX_BACKOFF_MS = 60_000

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never

/** An entry as its feature writes it; the queue adds its place and delivery state. */
export type NewOutboxEntry = DistributiveOmit<
  OutboxEntry,
  "seq" | "status" | "attempts" | "nextAttemptAt" | "lastError" | "syncedAt"
>

/** 1 s, 2 s, 4 s … up to a minute, with ±25 % jitter so tablets do not retry in step. */
export function backoffMs(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_BACKOFF_MS, 1_000 * 2 ** Math.max(0, attempts - 1))
  return Math.round(base * (0.75 + random() * 0.5))
}

/** Queues an entry behind everything committed before it (one read-write transaction). */
export async function enqueue(db: PosDatabase, entry: NewOutboxEntry): Promise<OutboxEntry> {
  return db.transaction("rw", db.outbox, db.settings, async () => {
    const seq = await nextSequence(db, "outboxSequence")
    const row = {
      ...entry,
      seq,
      status: "pending",
      attempts: 0,
      nextAttemptAt: 0,
      lastError: null,
      syncedAt: null,
    } as OutboxEntry
    await db.outbox.add(row)
    return row
  })
}

async function oldestPending(db: PosDatabase): Promise<OutboxEntry | undefined> {
  return db.outbox.where("[status+seq]").between(["pending", 0], ["pending", Infinity]).first()
}

async function serverShiftIdOf(db: PosDatabase, entry: OutboxEntry): Promise<string | null> {
  if (entry.kind === "shift_open") return null
  const shift = await db.shifts.get(entry.localShiftId)
  return shift?.serverId ?? null
}

async function markSynced(db: PosDatabase, entry: OutboxEntry, result: SendResult, at: string) {
  await db.transaction("rw", db.outbox, db.shifts, async () => {
    if (result.kind === "sale") {
      await db.outbox.update(entry.clientId, {
        status: "synced",
        result: result.sale,
        syncedAt: at,
      })
      return
    }
    await db.outbox.update(entry.clientId, {
      status: "synced",
      result: { shift_id: result.shiftId },
      syncedAt: at,
    })
    if (entry.kind === "shift_open") {
      await db.shifts.update(entry.payload.client_id, { serverId: result.shiftId })
    }
  })
}

/** A refusal is kept with its reason for a manager; what depended on it is refused with it. */
async function markRejected(db: PosDatabase, entry: OutboxEntry, reason: string) {
  await db.transaction("rw", db.outbox, async () => {
    await db.outbox.update(entry.clientId, { status: "rejected", lastError: reason })
    if (entry.kind !== "shift_open") return
    const dependants = await db.outbox
      .where("status")
      .equals("pending")
      .filter((row) => row.kind !== "shift_open" && row.localShiftId === entry.payload.client_id)
      .toArray()
    for (const row of dependants) {
      await db.outbox.update(row.clientId, {
        status: "rejected",
        lastError: `shift refused: ${reason}`,
      })
    }
  })
}

/**
 * Sends queued entries one at a time, oldest first, until the queue is empty or the server
 * cannot be reached. A connection failure or 5xx leaves the entry pending with a backoff (the
 * same client id is sent again, so a response lost after the server committed costs nothing);
 * a 4xx refusal is kept as rejected, never dropped; 401/403 stops until a clerk signs in again.
 * Call it from one tab only (see useOutboxRunner: Web Locks).
 */
export async function drainOutbox(deps: OutboxDeps): Promise<DrainReport> {
  const { db, now } = deps
  const report: DrainReport = { sent: 0, rejected: 0, stop: { reason: "empty" } }
  for (;;) {
    const entry = await oldestPending(db)
    if (!entry) return report
    const wait = entry.nextAttemptAt - now()
    if (wait > 0) {
      report.stop = { reason: "backoff", waitMs: wait }
      return report
    }
    const serverShiftId = await serverShiftIdOf(db, entry)
    if (entry.kind !== "shift_open" && serverShiftId === null) {
      await markRejected(db, entry, "shift not known to the server")
      report.rejected += 1
      continue
    }
    try {
      const result = await deps.send(entry, serverShiftId)
      await markSynced(db, entry, result, new Date(now()).toISOString())
      report.sent += 1
    } catch (error) {
      const message = errorMessageOf(error)
      switch (classifyFailure(error)) {
        case "rejected":
          await markRejected(db, entry, message)
          report.rejected += 1
          continue
        case "unauthorized":
          await db.outbox.update(entry.clientId, { lastError: message })
          report.stop = { reason: "unauthorized", message }
          return report
        default: {
          const attempts = entry.attempts + 1
          const waitMs = backoffMs(attempts, deps.random)
          await db.outbox.update(entry.clientId, {
            attempts,
            nextAttemptAt: now() + waitMs,
            lastError: message,
          })
          report.stop = { reason: "backoff", waitMs }
          return report
        }
      }
    }
  }
}

/** Sales not yet accepted by the server: the badge "N đơn chờ đồng bộ". */
export function countUnsyncedSales(db: PosDatabase): Promise<number> {
  return db.outbox
    .where("status")
    .equals("pending")
    .filter((row) => row.kind === "sale")
    .count()
}

/**
 * The network came back: waiting out a backoff earned while offline would only delay the
 * queue, so pending entries become due at once (and their backoff starts again from 1 s).
 */
export async function resetBackoff(db: PosDatabase): Promise<void> {
  await db.outbox.where("status").equals("pending").modify({ attempts: 0, nextAttemptAt: 0 })
}

/** A retry the manager asked for: the refused entry goes back in the queue as it was. */
export async function requeueRejected(db: PosDatabase, clientId: string): Promise<void> {
  await db.outbox.update(clientId, { status: "pending", attempts: 0, nextAttemptAt: 0 })
}
