import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useServices } from "../../app/services"
import { AmountPad } from "../../ui/AmountPad"
import { Button } from "../../ui/Button"
import { kickOutbox } from "../outbox/useOutboxRunner"
import { useSession } from "../session/session"
import { openShift } from "./shift"

export function OpenShiftScreen() {
  const { t } = useTranslation()
  const services = useServices()
  const { clerk, pairing } = useSession()
  const [float, setFloat] = useState("")
  const [busy, setBusy] = useState(false)
  const open = async () => {
    setBusy(true)
    await openShift(services.db, {
      clientId: crypto.randomUUID(),
      clerkId: clerk.id,
      openingFloat: Number(float || 0),
      now: new Date(services.now()),
    })
    kickOutbox()
    setBusy(false)
  }
  return (
    <main className="centered-screen">
      <section className="card narrow-card" data-testid="open-shift">
        <h1>{t("shift.openTitle")}</h1>
        <p className="muted">
          {pairing.register.code} · {pairing.register.name} · {clerk.name}
        </p>
        <AmountPad label={t("shift.openingFloat")} value={float} onChange={setFloat} />
        <Button
          variant="primary"
          size="lg"
          className="full-width"
          disabled={busy}
          onClick={() => void open()}
          data-testid="open-shift-submit"
        >
          {t("shift.open")}
        </Button>
      </section>
    </main>
  )
}
