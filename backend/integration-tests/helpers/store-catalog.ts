import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { storeCatalogRefreshQueue } from "../../src/workflows/store-catalog"

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Waits until the events of the writes made so far have reached the store read model: the
 * subscribers have queued them and the refresh queue has written them (quiet twice in a row, as
 * a refresh can cause further events, e.g. a product's search key).
 */
export async function storeCatalogSettled(container: MedusaContainer): Promise<void> {
  const queue = storeCatalogRefreshQueue(container)
  for (let quiet = 0; quiet < 2; ) {
    await sleep(30)
    if (queue.busy) {
      quiet = 0
      await queue.idle()
    } else {
      quiet += 1
    }
  }
}

/**
 * Runs a write whose events refresh the read model and waits until they have: at least one
 * refresh batch taken after the write, then quiet (see storeCatalogSettled).
 */
export async function writeThroughStoreCatalog<T>(
  container: MedusaContainer,
  write: () => Promise<T>,
  timeoutMs = 20_000
): Promise<T> {
  const queue = storeCatalogRefreshQueue(container)
  const before = queue.batchesDone
  const result = await write()
  const deadline = Date.now() + timeoutMs
  while (queue.batchesDone === before && !queue.busy) {
    if (Date.now() > deadline) throw new Error("no store catalog refresh followed the write")
    await sleep(10)
  }
  await storeCatalogSettled(container)
  return result
}

/**
 * Empties Medusa's Caching Module. The integration runner restores the database before each test
 * but not the cache, whose entries would describe the previous test's data.
 */
export async function resetStoreCaches(container: MedusaContainer): Promise<void> {
  const caching = container.resolve(Modules.CACHING, { allowUnregistered: true })
  await caching?.clear({ tags: ["*"] })
}
