import { useMutation } from "@tanstack/react-query"
import { useCallback, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { useServices } from "../../app/services"
import type { DevicePairing, LocalClerk } from "../../db/schema"
import { writeSetting } from "../../db/settings"
import { Button } from "../../ui/Button"
import { clockTime } from "../../ui/format"
import { useLiveQuery } from "../../ui/hooks"
import { NumPad } from "../../ui/NumPad"
import { PIN_PATTERN } from "./pin"
import { type SignInOutcome, signInWithPin } from "./sign-in"

/** Vietnamese names end with the given name: "Nguyễn Thị Lan (demo)" → "L". */
function givenNameInitial(name: string): string {
  return (
    name
      .replace(/\(.*?\)/g, "")
      .trim()
      .split(/\s+/)
      .pop()
      ?.charAt(0) ?? "?"
  )
}

/** The clerk taps their name and types their PIN; works offline for clerks known here. */
export function SignInScreen(props: {
  pairing: DevicePairing
  onSignedIn: (clerk: LocalClerk, offline: boolean) => void
}) {
  const { t } = useTranslation()
  const services = useServices()
  const clerks = useLiveQuery(() => services.db.clerks.toArray(), [], [])
  const [selected, setSelected] = useState<LocalClerk | null>(null)
  const [pin, setPin] = useState("")
  const [outcome, setOutcome] = useState<SignInOutcome | null>(null)

  const signIn = useMutation({
    // React Query pauses mutations while the browser is offline (networkMode "online"); this one
    // decides for itself, checking the PIN on the tablet when there is no network.
    networkMode: "always",
    mutationFn: async ({ clerk, typedPin }: { clerk: LocalClerk; typedPin: string }) =>
      signInWithPin(
        {
          db: services.db,
          deviceToken: props.pairing.deviceToken,
          signInOnline: async (input) => {
            const response = await services.clientFor(null).pos.signIn(input)
            await writeSetting(services.db, "pairing", {
              ...props.pairing,
              register: response.register,
            })
            return response
          },
          now: services.now,
          online: () => navigator.onLine,
        },
        clerk.id,
        typedPin
      ),
    onSuccess: (result) => {
      setOutcome(result)
      if (result.kind === "signed_in") props.onSignedIn(result.clerk, result.offline)
    },
    onError: (error) => setOutcome({ kind: "error", message: String(error) }),
  })

  // The PIN is taken and cleared at submit: digits a fast thumb types while the tablet is still
  // checking belong to the next try and must not be wiped when the answer comes back.
  const submit = useCallback(
    (clerk: LocalClerk) => {
      signIn.mutate({ clerk, typedPin: pin })
      setPin("")
    },
    [signIn, pin]
  )

  // a tablet with a keyboard: digits, Backspace and Enter work on the PIN too
  useEffect(() => {
    if (!selected) return
    const onKey = (event: KeyboardEvent) => {
      if (/^\d$/.test(event.key))
        setPin((current) => (current.length < 6 ? current + event.key : current))
      else if (event.key === "Backspace") setPin((current) => current.slice(0, -1))
      else if (event.key === "Enter" && PIN_PATTERN.test(pin) && !signIn.isPending) submit(selected)
    }
    window.addEventListener("keydown", onKey)
    return () => window.removeEventListener("keydown", onKey)
  }, [selected, pin, signIn, submit])

  const message = (() => {
    switch (outcome?.kind) {
      case "wrong_pin":
        return t("session.wrongPin", { count: outcome.attemptsLeft })
      case "locked":
        return t("session.locked", { time: clockTime(outcome.until) })
      case "needs_network":
        return t("session.needsNetwork")
      case "error":
        return t("session.error", { message: outcome.message })
      default:
        return null
    }
  })()

  return (
    <main className="centered-screen">
      <section className="card signin-card">
        <header className="signin-header">
          <div className="brand-mark small" aria-hidden="true">
            OCOP
          </div>
          <div>
            <h1>{t("session.whoIsSelling")}</h1>
            <p className="muted">
              {props.pairing.register.code} · {props.pairing.register.name}
            </p>
          </div>
        </header>
        <div className="signin-body">
          <div className="clerk-list" role="listbox" aria-label={t("session.whoIsSelling")}>
            {clerks.map((clerk) => (
              <button
                type="button"
                key={clerk.id}
                role="option"
                aria-selected={selected?.id === clerk.id}
                className={`clerk-choice ${selected?.id === clerk.id ? "selected" : ""}`}
                onClick={() => {
                  setSelected(clerk)
                  setPin("")
                  setOutcome(null)
                }}
                data-testid={`clerk-${clerk.id}`}
              >
                <span className="avatar" aria-hidden="true">
                  {givenNameInitial(clerk.name)}
                </span>
                <span>
                  <strong>{clerk.name}</strong>
                  <small>
                    {clerk.role === "manager" ? t("session.manager") : t("session.clerk")}
                  </small>
                </span>
              </button>
            ))}
          </div>
          <div className="pin-entry">
            {selected ? (
              <>
                <p className="pin-prompt">{t("session.enterPin", { name: selected.name })}</p>
                <div className="pin-dots" data-testid="pin-dots">
                  {Array.from({ length: 6 }, (_, index) => (
                    <span key={String(index)} className={index < pin.length ? "filled" : ""} />
                  ))}
                </div>
                <NumPad value={pin} onChange={setPin} maxLength={6} testId="pin-pad" />
                <Button
                  variant="primary"
                  size="lg"
                  className="full-width"
                  disabled={!PIN_PATTERN.test(pin) || signIn.isPending}
                  onClick={() => submit(selected)}
                  data-testid="pin-submit"
                >
                  {t("common.confirm")}
                </Button>
              </>
            ) : (
              <p className="muted pin-placeholder">{t("session.whoIsSelling")}</p>
            )}
            {message && (
              <p className="error-text" role="alert">
                {message}
              </p>
            )}
          </div>
        </div>
      </section>
    </main>
  )
}
