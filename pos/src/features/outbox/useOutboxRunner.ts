import { useEffect, useState } from "react"
import { useServices } from "../../app/services"
import { readSetting } from "../../db/settings"
import { type DrainStop, drainOutbox, resetBackoff } from "./outbox"
import { outboxToken, sendSalesWith, sendWith } from "./transport"

export const OUTBOX_LOCK = "ocop-pos-outbox"
export const OUTBOX_CHANNEL = "ocop-pos-outbox"
const IDLE_POLL_MS = 15_000

/** Tells the syncing tab (this one or another) that something was queued. */
export function kickOutbox(): void {
  const channel = new BroadcastChannel(OUTBOX_CHANNEL)
  channel.postMessage("kick")
  channel.close()
}

export type OutboxRunnerState = { role: "syncing" | "standby"; lastStop: DrainStop | null }

/**
 * Runs the outbox in exactly one tab of this tablet: every tab asks for the same Web Lock and
 * only its holder drains; when that tab closes, the lock passes to another. The holder wakes on
 * a kick (a sale committed in any tab), on `online`, at the end of a backoff, or every 15 s.
 */
export function useOutboxRunner(activeClerkId: string | null): OutboxRunnerState {
  const services = useServices()
  const [state, setState] = useState<OutboxRunnerState>({ role: "standby", lastStop: null })

  useEffect(() => {
    const abort = new AbortController()
    let wake: () => void = () => {}
    const channel = new BroadcastChannel(OUTBOX_CHANNEL)
    channel.onmessage = () => wake()
    const onOnline = () => {
      void resetBackoff(services.db).then(() => wake())
    }
    window.addEventListener("online", onOnline)

    const sleep = (ms: number) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, ms)
        wake = () => {
          clearTimeout(timer)
          resolve()
        }
        abort.signal.addEventListener("abort", () => wake(), { once: true })
      })

    const loop = async () => {
      setState((current) => ({ ...current, role: "syncing" }))
      while (!abort.signal.aborted) {
        if (!navigator.onLine) {
          // the browser knows there is no network: no request would get through
          await sleep(IDLE_POLL_MS)
          continue
        }
        let stop: DrainStop = { reason: "empty" }
        const token = await outboxToken(services.db, activeClerkId)
        const pairing = await readSetting(services.db, "pairing")
        if (token && pairing) {
          const client = services.clientFor(token)
          const report = await drainOutbox({
            db: services.db,
            send: sendWith(client),
            sendSales: sendSalesWith(client),
            now: services.now,
          }).catch((error: unknown) => {
            console.error("outbox drain failed", error)
            return null
          })
          if (report) stop = report.stop
        } else {
          stop = { reason: "unauthorized", message: "no clerk token on this tablet" }
        }
        setState({ role: "syncing", lastStop: stop })
        await sleep(stop.reason === "backoff" ? stop.waitMs : IDLE_POLL_MS)
      }
    }

    if (navigator.locks) {
      navigator.locks
        .request(OUTBOX_LOCK, { signal: abort.signal }, loop)
        .catch((error: unknown) => {
          if (!abort.signal.aborted) console.error("outbox lock failed", error)
        })
    } else {
      void loop()
    }
    return () => {
      abort.abort()
      channel.close()
      window.removeEventListener("online", onOnline)
    }
  }, [services, activeClerkId])

  return state
}
