import { useState } from "react"
import { useTranslation } from "react-i18next"
import type { LocalClerk } from "../../db/schema"
import { Button } from "../../ui/Button"
import { clockTime } from "../../ui/format"
import { Modal } from "../../ui/Modal"
import { NumPad } from "../../ui/NumPad"
import { PIN_PATTERN } from "./pin"
import { signInWithPin } from "./sign-in"
import { useSignInDeps } from "./useSignInDeps"

/**
 * A PIN check inside a session (a manager's approval, a clerk renewing an expired token): online
 * when possible, else against this tablet's stored hash; the same 5-tries lock applies.
 */
export function PinDialog(props: {
  title: string
  reason: string
  clerks: LocalClerk[]
  /** Make the checked clerk the signed-in one (token renewal), or only verify (approval). */
  activate: boolean
  onSuccess: (clerk: LocalClerk) => void
  onCancel: () => void
  testId?: string
}) {
  const { t } = useTranslation()
  const deps = useSignInDeps()
  const [chosenId, setChosenId] = useState<string | null>(null)
  const [pin, setPin] = useState("")
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const clerk = props.clerks.find((c) => c.id === chosenId) ?? props.clerks[0]

  const check = async () => {
    if (!clerk) return
    // the PIN is taken now, so digits typed while it is being checked start the next try
    const typed = pin
    setPin("")
    setBusy(true)
    const outcome = await signInWithPin(deps, clerk.id, typed, { activate: props.activate })
    setBusy(false)
    switch (outcome.kind) {
      case "signed_in":
        props.onSuccess(outcome.clerk)
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
    <Modal title={props.title} onClose={props.onCancel} testId={props.testId}>
      <p className="muted">{props.reason}</p>
      {props.clerks.length > 1 && (
        <div className="chip-row">
          {props.clerks.map((c) => (
            <button
              type="button"
              key={c.id}
              className={`chip ${clerk?.id === c.id ? "chip-active" : ""}`}
              onClick={() => setChosenId(c.id)}
            >
              {c.name}
            </button>
          ))}
        </div>
      )}
      <p className="pin-prompt">{clerk?.name}</p>
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
        disabled={!clerk || !PIN_PATTERN.test(pin) || busy}
        onClick={check}
      >
        {t("common.confirm")}
      </Button>
      {message && <p className="error-text">{message}</p>}
    </Modal>
  )
}
