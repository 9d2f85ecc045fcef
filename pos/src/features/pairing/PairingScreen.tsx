import type { PosRegister } from "@ocop/sdk"
import { useMutation } from "@tanstack/react-query"
import { type FormEvent, useState } from "react"
import { useTranslation } from "react-i18next"
import { errorMessageOf, httpStatusOf } from "../../app/http-errors"
import { useServices } from "../../app/services"
import { Button } from "../../ui/Button"
import { requestPersistentStorage, storePairing } from "./pairing"

/** First run: a manager signs in with their admin account and attaches the tablet to a register. */
export function PairingScreen() {
  const { t } = useTranslation()
  const services = useServices()
  const [email, setEmail] = useState("")
  const [password, setPassword] = useState("")
  const [adminToken, setAdminToken] = useState<string | null>(null)
  const [registers, setRegisters] = useState<PosRegister[]>([])
  const [label, setLabel] = useState(t("pairing.labelDefault"))

  const failure = (error: unknown) =>
    httpStatusOf(error) === null
      ? t("pairing.needsNetwork")
      : t("pairing.failed", { message: errorMessageOf(error) })

  const signIn = useMutation({
    mutationFn: async () => {
      const anonymous = services.clientFor(null)
      const token = await anonymous.medusa.auth.login("user", "emailpass", { email, password })
      if (typeof token !== "string") throw new Error("unexpected login answer")
      const list = await services.clientFor(token).pos.listRegisters()
      return { token, registers: list.registers }
    },
    onSuccess: (result) => {
      setAdminToken(result.token)
      setRegisters(result.registers)
    },
  })

  const pair = useMutation({
    mutationFn: async (registerId: string) => {
      const pairing = await services.clientFor(adminToken).pos.pairDevice(registerId, { label })
      await storePairing(services.db, pairing, new Date(services.now()))
      await requestPersistentStorage(services.db)
    },
  })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    signIn.mutate()
  }

  return (
    <main className="centered-screen">
      <section className="card pairing-card">
        <div className="brand-mark" aria-hidden="true">
          OCOP
        </div>
        <h1>{t("pairing.title")}</h1>
        <p className="muted">{t("pairing.intro")}</p>
        {!adminToken ? (
          <form onSubmit={submit} className="form-stack">
            <label>
              {t("pairing.email")}
              <input
                type="email"
                autoComplete="username"
                value={email}
                onChange={(e) => setEmail(e.target.value)}
                required
              />
            </label>
            <label>
              {t("pairing.password")}
              <input
                type="password"
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                required
              />
            </label>
            <Button type="submit" variant="primary" size="lg" disabled={signIn.isPending}>
              {t("pairing.signIn")}
            </Button>
            {signIn.isError && <p className="error-text">{failure(signIn.error)}</p>}
          </form>
        ) : (
          <div className="form-stack">
            <label>
              {t("pairing.label")}
              <input value={label} onChange={(e) => setLabel(e.target.value)} />
            </label>
            <h2>{t("pairing.chooseRegister")}</h2>
            <div className="register-list">
              {registers.map((register) => (
                <Button
                  key={register.id}
                  size="lg"
                  className="register-choice"
                  disabled={pair.isPending}
                  onClick={() => pair.mutate(register.id)}
                  data-testid={`register-${register.code}`}
                >
                  <strong>{register.code}</strong> {register.name}
                </Button>
              ))}
            </div>
            {pair.isError && <p className="error-text">{failure(pair.error)}</p>}
          </div>
        )}
      </section>
    </main>
  )
}
