import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { readSetting, writeSetting } from "../db/settings"
import { CatalogProvider } from "../features/catalog-sync/CatalogProvider"
import { ManagerPanel } from "../features/manager/ManagerPanel"
import { countUnsyncedSales } from "../features/outbox/outbox"
import { kickOutbox, useOutboxRunner } from "../features/outbox/useOutboxRunner"
import { PairingScreen } from "../features/pairing/PairingScreen"
import { requestPersistentStorage } from "../features/pairing/pairing"
import { SaleScreen } from "../features/sale/SaleScreen"
import { PinDialog } from "../features/session/PinDialog"
import { SignInScreen } from "../features/session/SignInScreen"
import { SessionProvider } from "../features/session/session"
import { OpenShiftScreen } from "../features/shift/OpenShiftScreen"
import { ShiftPanel } from "../features/shift/ShiftPanel"
import { activeShift } from "../features/shift/shift"
import { useLiveQuery } from "../ui/hooks"
import { useToast } from "../ui/Toast"
import { Header } from "./Header"
import { useServices } from "./services"

type Panel = "shift" | "manager" | "renew" | null

/**
 * The till's screens in order: pairing (once per tablet) → PIN sign-in → open shift → selling.
 * Everything is read from IndexedDB, so a reload without network lands where the clerk was.
 */
export function App() {
  const { t } = useTranslation()
  const { db } = useServices()
  const toast = useToast()
  const [offlineSignIn, setOfflineSignIn] = useState(false)
  const [panel, setPanel] = useState<Panel>(null)
  const state = useLiveQuery(async () => {
    const pairing = (await readSetting(db, "pairing")) ?? null
    const clerkId = (await readSetting(db, "activeClerkId")) ?? null
    const clerk = clerkId ? ((await db.clerks.get(clerkId)) ?? null) : null
    const shift = (await activeShift(db)) ?? null
    return { pairing, clerk, shift }
  }, [])
  const runner = useOutboxRunner(state?.clerk?.id ?? null)

  useEffect(() => {
    if (state?.pairing) void requestPersistentStorage(db)
  }, [db, state?.pairing])

  useEffect(() => {
    document.documentElement.dataset.ready = state ? "true" : "false"
  }, [state])

  if (!state) return <div className="splash">OCOP POS</div>
  if (!state.pairing) return <PairingScreen />
  const { pairing, clerk, shift } = state
  if (!clerk) {
    return (
      <SignInScreen pairing={pairing} onSignedIn={(_clerk, offline) => setOfflineSignIn(offline)} />
    )
  }

  const signOut = async () => {
    const pending = await countUnsyncedSales(db)
    if (pending) {
      toast(t("session.signOutBlocked", { count: pending }), "warning")
      return
    }
    await writeSetting(db, "activeClerkId", null)
  }

  return (
    <SessionProvider session={{ pairing, clerk, offline: offlineSignIn, signOut }}>
      <CatalogProvider token={clerk.token}>
        <div className="app-shell">
          <Header
            onShift={() => setPanel("shift")}
            onManager={() => setPanel("manager")}
            onSignOut={() => void signOut()}
            needsSignIn={runner.lastStop?.reason === "unauthorized"}
            onRenewSignIn={() => setPanel("renew")}
          />
          {shift ? <SaleScreen shift={shift} /> : <OpenShiftScreen />}
          {panel === "shift" && shift && (
            <ShiftPanel shift={shift} onClose={() => setPanel(null)} />
          )}
          {panel === "manager" && <ManagerPanel onClose={() => setPanel(null)} />}
          {panel === "renew" && (
            <PinDialog
              title={t("session.renewTitle")}
              reason={t("sync.signInToSync")}
              clerks={[clerk]}
              activate
              onSuccess={() => {
                setPanel(null)
                kickOutbox()
              }}
              onCancel={() => setPanel(null)}
            />
          )}
        </div>
      </CatalogProvider>
    </SessionProvider>
  )
}
