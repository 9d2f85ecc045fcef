import "fake-indexeddb/auto"
import { Dexie } from "dexie"
import { openPosDatabase, SCHEMA_VERSION } from "./schema"
import { nextSequence } from "./settings"

describe("till database", () => {
  it("upgrades a version-1 outbox in place, keeping every queued sale", async () => {
    const name = `ocop-pos-upgrade-${Date.now()}`
    const v1 = new Dexie(name)
    v1.version(1).stores({
      settings: "&key",
      catalog: "&variant_id, barcode, sku, product_group",
      clerks: "&id",
      outbox: "&clientId, seq, status",
      shifts: "&clientId, status",
      parked: "&id, parkedAt",
    })
    await v1.table("outbox").add({ clientId: "a", seq: 1, status: "pending", kind: "sale" })
    v1.close()

    const db = openPosDatabase(name)
    await db.open()
    expect(db.verno).toBe(SCHEMA_VERSION)
    const row = await db.outbox.get("a")
    expect(row).toMatchObject({ clientId: "a", attempts: 0, nextAttemptAt: 0, lastError: null })
    expect(
      await db.outbox.where("[status+seq]").between(["pending", 0], ["pending", Infinity]).count()
    ).toBe(1)
    db.close()
  })

  it("hands out each register counter number once, even to concurrent callers", async () => {
    const db = openPosDatabase(`ocop-pos-seq-${Date.now()}`)
    const numbers = await Promise.all(
      Array.from({ length: 20 }, () => nextSequence(db, "saleSequence"))
    )
    expect(new Set(numbers).size).toBe(20)
    expect(Math.max(...numbers)).toBe(20)
  })
})
