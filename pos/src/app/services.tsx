import { createOcopClient, type OcopClient } from "@ocop/sdk"
import { createContext, type ReactNode, useContext } from "react"
import type { PosDatabase } from "../db/schema"

/** What every feature needs from outside React: the database, the API, the clock. */
export interface PosServices {
  db: PosDatabase
  backendUrl: string
  /** Where this app is served (receipt QR links come back here). */
  appOrigin: string
  /** A client for the given bearer token (a manager's, a clerk's) or none. */
  clientFor: (token?: string | null) => OcopClient
  now: () => number
}

export function createPosServices(db: PosDatabase, backendUrl: string): PosServices {
  const clients = new Map<string, OcopClient>()
  return {
    db,
    backendUrl,
    appOrigin: window.location.origin,
    now: () => Date.now(),
    clientFor(token) {
      const key = token ?? ""
      let client = clients.get(key)
      if (!client) {
        client = createOcopClient({
          baseUrl: backendUrl,
          auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
          globalHeaders: token ? { authorization: `Bearer ${token}` } : {},
        })
        clients.set(key, client)
      }
      return client
    },
  }
}

const ServicesContext = createContext<PosServices | null>(null)

export function ServicesProvider(props: { services: PosServices; children: ReactNode }) {
  return (
    <ServicesContext.Provider value={props.services}>{props.children}</ServicesContext.Provider>
  )
}

export function useServices(): PosServices {
  const services = useContext(ServicesContext)
  if (!services) throw new Error("useServices outside ServicesProvider")
  return services
}
