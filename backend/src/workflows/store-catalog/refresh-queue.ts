import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { affectedProducts, type StoreCatalogSource } from "./affected-products"
import { rebuildStoreCatalog } from "./rebuild"
import { refreshStoreCatalog } from "./refresh-workflow"

interface Waiter {
  resolve: () => void
  reject: (error: unknown) => void
}

/**
 * Coalesces change events into batched refreshes, per process. A bulk write (a product import
 * emits several events per product and variant) becomes a few refreshes of up to
 * REFRESH_BATCH_SIZE products instead of one per event (REFRESH_BATCH_SIZE), and a product changed by several events
 * at once is read once. Batches run one after another, so within a process two refreshes of a
 * product never overlap; across processes the write keeps the newest read (writeStoreCatalog).
 * `enqueue` settles when the batch holding its records has been written.
 */
export class StoreCatalogRefreshQueue {
  private pending = new Map<StoreCatalogSource, Set<string>>()
  private rebuild = false
  private waiters: Waiter[] = []
  private draining: Promise<void> | null = null
  private batches = 0

  constructor(private readonly container: MedusaContainer) {}

  enqueue(source: StoreCatalogSource, ids: string[]): Promise<void> {
    if (ids.length === 0) return Promise.resolve()
    const set = this.pending.get(source) ?? new Set<string>()
    for (const id of ids) set.add(id)
    this.pending.set(source, set)
    const settled = new Promise<void>((resolve, reject) => this.waiters.push({ resolve, reject }))
    this.schedule()
    return settled
  }

  /** Asks for the whole read model to be rewritten (it also covers everything queued). */
  enqueueRebuild(): Promise<void> {
    this.rebuild = true
    const settled = new Promise<void>((resolve, reject) => this.waiters.push({ resolve, reject }))
    this.schedule()
    return settled
  }

  private schedule(): void {
    if (this.draining) return
    this.draining = this.drain().finally(() => {
      this.draining = null
      // Records queued after the last batch was taken.
      if (this.pending.size || this.rebuild) this.schedule()
    })
  }

  /** Batches taken so far (written or failed): lets a caller see that work happened after a point. */
  get batchesDone(): number {
    return this.batches
  }

  /** Whether records are queued or being written. */
  get busy(): boolean {
    return this.draining != null || this.pending.size > 0 || this.rebuild
  }

  /** Settles when everything queued so far has been written. */
  async idle(): Promise<void> {
    while (this.draining) await this.draining
  }

  private async drain(): Promise<void> {
    // Let the rest of a burst of events (one workflow's worth) arrive before reading.
    await new Promise((resolve) => setTimeout(resolve, 10))
    while (this.pending.size || this.rebuild) {
      const batch = this.pending
      const rebuild = this.rebuild
      const waiters = this.waiters
      this.pending = new Map()
      this.rebuild = false
      this.waiters = []
      try {
        await withRetries(() =>
          rebuild ? rebuildStoreCatalog(this.container).then(() => {}) : this.refresh(batch)
        )
        for (const waiter of waiters) waiter.resolve()
      } catch (error) {
        for (const waiter of waiters) waiter.reject(error)
      } finally {
        this.batches += 1
      }
    }
  }

  private async refresh(batch: Map<StoreCatalogSource, Set<string>>): Promise<void> {
    const products = new Set<string>()
    const touched = new Set<string>()
    for (const [source, ids] of batch) {
      const affected = await affectedProducts(this.container, source, [...ids])
      for (const id of affected.product_ids) {
        products.add(id)
        if (affected.touch_channels) touched.add(id)
      }
    }
    await refreshStoreCatalog(this.container, [...products], touched)
  }
}

/** Delays before the second and third attempt of a batch. */
const RETRY_DELAYS_MS = [100, 1000]

/**
 * A batch whose refresh failed (a dropped database connection, a deadlock) is tried again: the
 * refresh only reads and overwrites, so a retry is always safe.
 */
async function withRetries(work: () => Promise<void>): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await work()
    } catch (error) {
      const delay = RETRY_DELAYS_MS[attempt]
      if (delay === undefined) throw error
      await new Promise((resolve) => setTimeout(resolve, delay))
    }
  }
}

/**
 * Queues by application, kept on the global object: a process can load this file more than once
 * (Medusa's loader requires subscribers itself, a test runner has its own module graph), and all
 * of them must share one queue.
 */
const QUEUES = Symbol.for("ocop.store-catalog.refresh-queues")
const globalQueues = globalThis as { [QUEUES]?: WeakMap<object, StoreCatalogRefreshQueue> }
globalQueues[QUEUES] ??= new WeakMap()
const queues = globalQueues[QUEUES]

/**
 * The refresh queue of an application. Subscribers, jobs and scripts may hold different container
 * objects of one application; its configuration object is the same for all of them.
 */
export function storeCatalogRefreshQueue(container: MedusaContainer): StoreCatalogRefreshQueue {
  const application = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE) as object
  let queue = queues.get(application)
  if (!queue) {
    queue = new StoreCatalogRefreshQueue(container)
    queues.set(application, queue)
  }
  return queue
}
