import type { PosSale, PosSaleOutcome } from "@ocop/sdk"
import { classifyFailure, errorMessageOf, httpStatusOf } from "../../app/http-errors"
import type { OutboxEntry, OutboxSale, PosDatabase } from "../../db/schema"
import { nextSequence } from "../../db/settings"

/** What the server answered for one entry (only what the outbox keeps). */
export type SendResult =
  | { kind: "sale"; sale: PosSale }
  | { kind: "shift"; shiftId: string }
  | { kind: "lockout"; lockoutId: string }

/** A queued sale ready to go, with its shift's server id. */
export interface SaleToSend {
  entry: OutboxSale
  serverShiftId: string
}

export interface OutboxDeps {
  db: PosDatabase
  /**
   * Sends one entry. `serverShiftId` is the server's id of the entry's shift (known once the
   * shift's own opening has synced: it is always earlier in the queue). Throws as js-sdk does.
   */
  send: (entry: OutboxEntry, serverShiftId: string | null) => Promise<SendResult>
  /**
   * Sends consecutive queued sales in one request (POST /pos/sales/batch), one outcome per sale
   * in the order sent. Without it, or when the backend has no batch route, sales go one by one.
   */
  sendSales?: (sales: SaleToSend[]) => Promise<PosSaleOutcome[]>
  /** Sales per batch (default SALE_BATCH_SIZE). */
  batchSize?: number
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
/**
 * Sales per request when draining a queue: large enough that 500 queued sales take ten round
 * trips, small enough that a batch stays well under the backend's body limit and answers in a
 * few seconds.
 */
export const SALE_BATCH_SIZE = 50
/** Bytes of sales per request at most (the backend refuses bodies over 4 MB). */
const SALE_BATCH_BYTES = 1_000_000

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

/** Sales and cash movements belong to a shift the server must know before they go. */
function needsShift(entry: OutboxEntry): entry is Extract<OutboxEntry, { localShiftId: string }> {
  return entry.kind === "sale" || entry.kind === "cash_movement"
}

async function serverShiftIdOf(db: PosDatabase, entry: OutboxEntry): Promise<string | null> {
  if (!needsShift(entry)) return null
  const shift = await db.shifts.get(entry.localShiftId)
  return shift?.serverId ?? null
}

/**
 * The queued sales from `first` on, oldest first, that can go in one request: consecutive in the
 * queue (a shift opening or cash movement in between goes on its own, in its place), due, and
 * of a shift the server knows.
 */
async function saleBatchFrom(
  db: PosDatabase,
  first: OutboxSale,
  serverShiftId: string,
  size: number,
  now: number
): Promise<SaleToSend[]> {
  const batch: SaleToSend[] = [{ entry: first, serverShiftId }]
  const shiftIds = new Map([[first.localShiftId, serverShiftId]])
  let bytes = JSON.stringify(first.payload).length
  const following = await db.outbox
    .where("[status+seq]")
    .between(["pending", first.seq], ["pending", Infinity], false, true)
    .limit(size - 1)
    .toArray()
  for (const entry of following) {
    if (entry.kind !== "sale" || entry.nextAttemptAt > now) break
    if (!shiftIds.has(entry.localShiftId)) {
      const shift = await db.shifts.get(entry.localShiftId)
      if (!shift?.serverId) break
      shiftIds.set(entry.localShiftId, shift.serverId)
    }
    bytes += JSON.stringify(entry.payload).length
    if (bytes > SALE_BATCH_BYTES) break
    batch.push({ entry, serverShiftId: shiftIds.get(entry.localShiftId) as string })
  }
  return batch
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
    if (result.kind === "lockout") {
      await db.outbox.update(entry.clientId, {
        status: "synced",
        result: { lockout_id: result.lockoutId },
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
      .filter((row) => needsShift(row) && row.localShiftId === entry.payload.client_id)
      .toArray()
    for (const row of dependants) {
      await db.outbox.update(row.clientId, {
        status: "rejected",
        lastError: `shift refused: ${reason}`,
      })
    }
  })
}

/** A failure that leaves entries pending: each waits out a growing, jittered backoff. */
async function postpone(
  deps: OutboxDeps,
  entries: OutboxEntry[],
  message: string
): Promise<DrainStop> {
  let waitMs = MAX_BACKOFF_MS
  for (const entry of entries) {
    const attempts = entry.attempts + 1
    const wait = backoffMs(attempts, deps.random)
    waitMs = Math.min(waitMs, wait)
    await deps.db.outbox.update(entry.clientId, {
      attempts,
      nextAttemptAt: deps.now() + wait,
      lastError: message,
    })
  }
  return { reason: "backoff", waitMs }
}

type BatchStep = { stop: DrainStop | null; fallBack: boolean }

/** One batch of queued sales: each sale's outcome applied on its own. */
async function sendSaleBatch(
  deps: OutboxDeps & { sendSales: NonNullable<OutboxDeps["sendSales"]> },
  batch: SaleToSend[],
  report: DrainReport
): Promise<BatchStep> {
  const { db, now } = deps
  let outcomes: PosSaleOutcome[]
  try {
    outcomes = await deps.sendSales(batch)
  } catch (error) {
    const message = errorMessageOf(error)
    const status = httpStatusOf(error)
    // a backend without the batch route, or one refusing the envelope: one sale at a time
    if (status === 404 || status === 405 || classifyFailure(error) === "rejected") {
      return { stop: null, fallBack: true }
    }
    if (classifyFailure(error) === "unauthorized") {
      await db.outbox.update(batch[0]?.entry.clientId ?? "", { lastError: message })
      return { stop: { reason: "unauthorized", message }, fallBack: false }
    }
    const entries = batch.map((sale) => sale.entry)
    return { stop: await postpone(deps, entries, message), fallBack: false }
  }
  const retry: OutboxEntry[] = []
  let retryMessage = ""
  // the batch's outcomes in one transaction: the badge's live count re-reads the queue once per
  // batch, not once per sale (500 queued sales re-read 500 times made the drain quadratic)
  await db.transaction("rw", db.outbox, db.shifts, async () => {
    for (const [index, { entry }] of batch.entries()) {
      const outcome = outcomes[index]
      if (outcome?.status === "accepted" && outcome.client_id === entry.clientId) {
        await markSynced(
          db,
          entry,
          { kind: "sale", sale: outcome.sale },
          new Date(now()).toISOString()
        )
        report.sent += 1
      } else if (outcome?.status === "refused") {
        await markRejected(db, entry, outcome.message)
        report.rejected += 1
      } else {
        retry.push(entry)
        retryMessage = outcome?.status === "retry" ? outcome.message : "no answer for this sale"
      }
    }
  })
  if (retry.length === 0) return { stop: null, fallBack: false }
  return { stop: await postpone(deps, retry, retryMessage), fallBack: false }
}

/**
 * Sends queued entries oldest first until the queue is empty or the server cannot be reached:
 * consecutive sales in batches (one request, one outcome per sale), anything else one at a time.
 * A connection failure or 5xx leaves the entries pending with a backoff (the same client ids are
 * sent again, so a response lost after the server committed costs nothing); a refusal (400, 403,
 * 409) is kept as rejected with the server's reason for a manager, never dropped, and the queue
 * goes on; 401 stops until a clerk signs in again. Call it from one tab only (see
 * useOutboxRunner: Web Locks).
 */
export async function drainOutbox(deps: OutboxDeps): Promise<DrainReport> {
  const { db, now } = deps
  const report: DrainReport = { sent: 0, rejected: 0, stop: { reason: "empty" } }
  let batching = Boolean(deps.sendSales)
  for (;;) {
    const entry = await oldestPending(db)
    if (!entry) return report
    const wait = entry.nextAttemptAt - now()
    if (wait > 0) {
      report.stop = { reason: "backoff", waitMs: wait }
      return report
    }
    const serverShiftId = await serverShiftIdOf(db, entry)
    if (needsShift(entry) && serverShiftId === null) {
      await markRejected(db, entry, "shift not known to the server")
      report.rejected += 1
      continue
    }
    if (entry.kind === "sale" && batching && deps.sendSales && serverShiftId) {
      const batch = await saleBatchFrom(
        db,
        entry,
        serverShiftId,
        deps.batchSize ?? SALE_BATCH_SIZE,
        now()
      )
      const step = await sendSaleBatch({ ...deps, sendSales: deps.sendSales }, batch, report)
      if (step.fallBack) batching = false
      if (step.stop) {
        report.stop = step.stop
        return report
      }
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
        default:
          report.stop = await postpone(deps, [entry], message)
          return report
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
