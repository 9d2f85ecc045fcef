import type { PosClerkSummary, PosDevicePairing } from "@ocop/sdk"
import type { LocalClerk, PosDatabase } from "../../db/schema"
import { writeSetting } from "../../db/settings"

function newLocalClerk(clerk: PosClerkSummary): LocalClerk {
  return {
    ...clerk,
    pinHash: null,
    pinSalt: null,
    pinIterations: null,
    failedAttempts: 0,
    lockedUntil: 0,
    token: null,
    tokenIssuedAt: null,
  }
}

/**
 * Keeps the clerks list current: new clerks are added, known ones keep their PIN hash and lock
 * (a server-side rename or role change is taken), clerks no longer on the register are removed.
 */
export async function storeClerks(db: PosDatabase, clerks: PosClerkSummary[]): Promise<void> {
  await db.transaction("rw", db.clerks, async () => {
    const known = new Map((await db.clerks.toArray()).map((clerk) => [clerk.id, clerk]))
    const next = clerks.map((clerk) => {
      const existing = known.get(clerk.id)
      return existing ? { ...existing, ...clerk } : newLocalClerk(clerk)
    })
    const keep = new Set(clerks.map((clerk) => clerk.id))
    await db.clerks.bulkDelete([...known.keys()].filter((id) => !keep.has(id)))
    await db.clerks.bulkPut(next)
  })
}

/** Stores what the manager's pairing returned: this tablet is now the register's till. */
export async function storePairing(
  db: PosDatabase,
  pairing: PosDevicePairing,
  now: Date
): Promise<void> {
  await db.transaction("rw", db.settings, db.clerks, async () => {
    await writeSetting(db, "pairing", {
      deviceId: pairing.device.id,
      deviceToken: pairing.device.token,
      label: pairing.device.label,
      referencePrefix: pairing.device.reference_prefix,
      register: pairing.register,
      pairedAt: now.toISOString(),
    })
    await storeClerks(db, pairing.clerks)
  })
}

/**
 * Asks the browser not to evict this origin's storage under pressure: the outbox holds sales
 * that exist nowhere else until they sync. Returns false when refused or not supported.
 */
export async function requestPersistentStorage(db: PosDatabase): Promise<boolean> {
  const storage = navigator.storage
  let persisted = false
  try {
    persisted = (await storage?.persisted?.()) || ((await storage?.persist?.()) ?? false)
  } catch {
    persisted = false
  }
  await writeSetting(db, "storagePersisted", persisted)
  return persisted
}
