import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useServices } from "../../app/services"
import type { LocalClerk } from "../../db/schema"
import { Button } from "../../ui/Button"
import { clockTime } from "../../ui/format"
import { useLiveQuery } from "../../ui/hooks"
import { Modal } from "../../ui/Modal"
import { NumPad } from "../../ui/NumPad"
import { PIN_PATTERN } from "../session/pin"
import { signInWithPin } from "../session/sign-in"
import { useSignInDeps } from "../session/useSignInDeps"

/**
 * A manager confirms with their own PIN (online, or offline against the hash kept on this
 * tablet); the same 5-tries lock applies. Calls `onApproved` with the manager's id.
 */
export function ManagerApproval(props: {
  reason: string
  onApproved: (manager: LocalClerk) => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const { db } = useServices()
  const deps = useSignInDeps()
  const managers = useLiveQuery(
    () => db.clerks.filter((clerk) => clerk.role === "manager").toArray(),
    [],
    []
  )
  const [managerId, setManagerId] = useState<string | null>(null)
  const [pin, setPin] = useState("")
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const manager = managers.find((m) => m.id === managerId) ?? managers[0]

  const check = async () => {
    if (!manager) return
    setBusy(true)
    const outcome = await signInWithPin(deps, manager.id, pin, { activate: false })
    setBusy(false)
    setPin("")
    switch (outcome.kind) {
      case "signed_in":
        props.onApproved(outcome.clerk)
        return
      case "wrong_pin":
        setMessage(t("session.wrongPin", { count: outcome.attemptsLeft }))
        return
      case "locked":
        setMessage(t("session.locked", { time: clockTime(outcome.until) }))
        return
      case "needs_network":
        setMessage(t("session.needsNetwork"))
        return
      case "error":
        setMessage(t("session.error", { message: outcome.message }))
    }
  }

  return (
    <Modal title={t("discount.managerPin")} onClose={props.onCancel} testId="manager-approval">
      <p className="muted">{props.reason}</p>
      {managers.length > 1 && (
        <div className="chip-row">
          {managers.map((m) => (
            <button
              type="button"
              key={m.id}
              className={`chip ${manager?.id === m.id ? "chip-active" : ""}`}
              onClick={() => setManagerId(m.id)}
            >
              {m.name}
            </button>
          ))}
        </div>
      )}
      <p className="pin-prompt">{manager?.name}</p>
      <div className="pin-dots">
        {Array.from({ length: 6 }, (_, index) => (
          <span key={String(index)} className={index < pin.length ? "filled" : ""} />
        ))}
      </div>
      <NumPad value={pin} onChange={setPin} maxLength={6} />
      <Button
        variant="primary"
        size="lg"
        className="full-width"
        disabled={!manager || !PIN_PATTERN.test(pin) || busy}
        onClick={check}
      >
        {t("common.confirm")}
      </Button>
      {message && <p className="error-text">{message}</p>}
    </Modal>
  )
}
