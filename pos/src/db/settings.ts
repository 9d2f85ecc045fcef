import type { DevicePairing, PosDatabase } from "./schema"

/** Typed keys of the settings table: one place that says what each stored value is. */
export interface SettingValues {
  pairing: DevicePairing
  /** `server_time` of the last complete catalog sync: the next delta's `updated_since`. */
  catalogSyncedUntil: string
  catalogSyncedAt: string
  /** Register-scoped counters (sale numbers, VietQR references). */
  saleSequence: number
  vietqrSequence: number
  /** Order in which outbox entries were committed (sent oldest first). */
  outboxSequence: number
  /** The clerk signed in on this tablet now, if any. */
  activeClerkId: string | null
  /** Local id of the open shift. */
  activeShiftId: string | null
  storagePersisted: boolean
  receiptPaper: "80mm" | "58mm"
}

export type SettingKey = keyof SettingValues

export async function readSetting<K extends SettingKey>(
  db: PosDatabase,
  key: K
): Promise<SettingValues[K] | undefined> {
  const row = await db.settings.get(key)
  return row?.value as SettingValues[K] | undefined
}

export async function writeSetting<K extends SettingKey>(
  db: PosDatabase,
  key: K,
  value: SettingValues[K]
): Promise<void> {
  await db.settings.put({ key, value })
}

/**
 * Takes the next number of a register-scoped counter inside the caller's transaction (or its
 * own): two tabs of one tablet never get the same number because IndexedDB serialises
 * read-write transactions on the settings table.
 */
export async function nextSequence(
  db: PosDatabase,
  key: "saleSequence" | "vietqrSequence" | "outboxSequence"
): Promise<number> {
  return db.transaction("rw", db.settings, async () => {
    const current = (await readSetting(db, key)) ?? 0
    const next = current + 1
    await writeSetting(db, key, next)
    return next
  })
}
