import { useTranslation } from "react-i18next"
import { readSetting } from "../db/settings"
import { countUnsyncedSales } from "../features/outbox/outbox"
import { useSession } from "../features/session/session"
import { LANGUAGE_STORAGE_KEY } from "../i18n"
import { Button } from "../ui/Button"
import { useLiveQuery, useOnline } from "../ui/hooks"
import { useServices } from "./services"

/** The till's top bar: register, sync badge, network, clerk and the few menus. */
export function Header(props: {
  onShift: () => void
  onManager: () => void
  onSignOut: () => void
  needsSignIn: boolean
  onRenewSignIn: () => void
}) {
  const { t, i18n } = useTranslation()
  const { db } = useServices()
  const { pairing, clerk, offline } = useSession()
  const online = useOnline()
  // undefined until read: never show "all synced" for a moment over queued sales
  const pending = useLiveQuery(() => countUnsyncedSales(db), [])
  const rejected = useLiveQuery(() => db.outbox.where("status").equals("rejected").count(), [], 0)
  const persisted = useLiveQuery(() => readSetting(db, "storagePersisted"), [])

  const toggleLanguage = () => {
    const next = i18n.language === "vi" ? "en" : "vi"
    localStorage.setItem(LANGUAGE_STORAGE_KEY, next)
    void i18n.changeLanguage(next)
    document.documentElement.lang = next
  }

  return (
    <header className="topbar">
      <div className="topbar-brand">
        <span className="brand-mark tiny" aria-hidden="true">
          OCOP
        </span>
        <span className="topbar-register">
          <strong>{pairing.register.code}</strong>
          <span>{pairing.register.name}</span>
        </span>
      </div>
      <div className="topbar-status">
        <span className={`net ${online ? "net-on" : "net-off"}`} data-testid="network-state">
          <span className="dot" aria-hidden="true" />
          {/* online is the normal state: only its absence earns words */}
          {online ? <span className="visually-hidden">{t("app.online")}</span> : t("app.offline")}
        </span>
        {pending !== undefined && (
          <span
            className={`sync-badge ${pending ? "sync-pending" : "sync-ok"}`}
            data-testid="sync-badge"
            data-count={pending}
          >
            {pending ? t("sync.pending", { count: pending }) : `✓ ${t("sync.allSynced")}`}
          </span>
        )}
        {rejected > 0 && (
          <button
            type="button"
            className="sync-badge sync-rejected"
            onClick={props.onManager}
            data-testid="sync-rejected"
          >
            {t("sync.rejected", { count: rejected })}
          </button>
        )}
        {props.needsSignIn && (
          <button type="button" className="sync-badge sync-rejected" onClick={props.onRenewSignIn}>
            {t("sync.signInToSync")}
          </button>
        )}
        {persisted === false && (
          <span
            className="sync-badge sync-warn"
            title={t("session.storageRefused")}
            data-testid="storage-warning"
          >
            ⚠ {t("session.storageShort")}
          </span>
        )}
      </div>
      <nav className="topbar-actions">
        <span className="topbar-clerk" title={clerk.name}>
          {clerk.name}
          {offline && <small> · {t("session.offlineSignIn")}</small>}
        </span>
        <Button variant="ghost" onClick={props.onShift}>
          {t("shift.short")}
        </Button>
        {clerk.role === "manager" && (
          <Button variant="ghost" onClick={props.onManager}>
            {t("manager.title")}
          </Button>
        )}
        <Button
          variant="ghost"
          onClick={toggleLanguage}
          lang={i18n.language === "vi" ? "en" : "vi"}
          title={t("app.language")}
        >
          {i18n.language === "vi" ? "EN" : "VI"}
        </Button>
        <Button variant="ghost" onClick={props.onSignOut} data-testid="sign-out">
          {t("session.signOut")}
        </Button>
      </nav>
    </header>
  )
}
