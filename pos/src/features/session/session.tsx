import { createContext, type ReactNode, useContext } from "react"
import type { DevicePairing, LocalClerk } from "../../db/schema"

export interface Session {
  pairing: DevicePairing
  clerk: LocalClerk
  /** Signed in against the stored hash, without the server. */
  offline: boolean
  signOut: () => Promise<void>
}

const SessionContext = createContext<Session | null>(null)

export function SessionProvider(props: { session: Session; children: ReactNode }) {
  return <SessionContext.Provider value={props.session}>{props.children}</SessionContext.Provider>
}

export function useSession(): Session {
  const session = useContext(SessionContext)
  if (!session) throw new Error("useSession outside SessionProvider")
  return session
}
