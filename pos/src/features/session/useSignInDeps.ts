import { useServices } from "../../app/services"
import { useSession } from "./session"
import type { SignInDeps } from "./sign-in"

/** Sign-in wiring for a PIN check inside a session (manager approval). */
export function useSignInDeps(): SignInDeps {
  const services = useServices()
  const { pairing } = useSession()
  return {
    db: services.db,
    deviceToken: pairing.deviceToken,
    signInOnline: (input) => services.clientFor(null).pos.signIn(input),
    now: services.now,
    online: () => navigator.onLine,
  }
}
