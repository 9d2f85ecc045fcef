import type { PosZReport } from "@ocop/sdk"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { errorMessageOf } from "../../app/http-errors"
import { useServices } from "../../app/services"
import type { LocalShift } from "../../db/schema"
import { Button } from "../../ui/Button"
import { clockTime, money } from "../../ui/format"
import { useLiveQuery, useOnline } from "../../ui/hooks"
import { Modal } from "../../ui/Modal"
import { useToast } from "../../ui/Toast"
import { kickOutbox } from "../outbox/useOutboxRunner"
import { useSession } from "../session/session"
import { closeBlocker, closeShift, recordCashMovement } from "./shift"
import { ZReportView } from "./ZReportView"

type Tab = "cash" | "close"

/** Cash in/out during the shift; closing with a blind count and the server's Z report. */
export function ShiftPanel(props: { shift: LocalShift; onClose: () => void }) {
  const { t } = useTranslation()
  const services = useServices()
  const { clerk } = useSession()
  const online = useOnline()
  const toast = useToast()
  const [tab, setTab] = useState<Tab>("cash")
  const [kind, setKind] = useState<"in" | "out">("in")
  const [amount, setAmount] = useState("")
  const [reason, setReason] = useState("")
  const [counted, setCounted] = useState({ cash: "", vietqr: "", card: "" })
  const [report, setReport] = useState<PosZReport | null>(null)
  const [error, setError] = useState<string | null>(null)
  const blocker = useLiveQuery(() => closeBlocker(services.db), [], null)

  const record = async () => {
    await recordCashMovement(services.db, {
      clientId: crypto.randomUUID(),
      localShiftId: props.shift.clientId,
      clerkId: clerk.id,
      kind,
      amount: Number(amount),
      reason: reason.trim(),
      now: new Date(services.now()),
    })
    kickOutbox()
    setAmount("")
    setReason("")
    toast(t("shift.cashRecorded"), "success")
  }

  const close = async () => {
    setError(null)
    try {
      const shift = (await services.db.shifts.get(props.shift.clientId)) ?? props.shift
      const z = await closeShift(
        services.db,
        shift,
        {
          clerk_id: clerk.id,
          closed_at: new Date(services.now()).toISOString(),
          counted: {
            cash: Number(counted.cash || 0),
            vietqr: Number(counted.vietqr || 0),
            card: Number(counted.card || 0),
          },
        },
        async (serverId, input) =>
          (await services.clientFor(clerk.token).pos.closeShift(serverId, input)).shift
            .z_report as PosZReport
      )
      setReport(z)
    } catch (failure) {
      setError(errorMessageOf(failure))
    }
  }

  if (report) {
    return (
      <Modal title={t("shift.zReport")} wide testId="z-report-dialog">
        <ZReportView report={report} />
        <div className="dialog-actions">
          <Button size="lg" onClick={() => window.print()}>
            {t("shift.print")}
          </Button>
          <Button variant="primary" size="lg" onClick={props.onClose}>
            {t("shift.done")}
          </Button>
        </div>
      </Modal>
    )
  }

  return (
    <Modal title={t("shift.title")} onClose={props.onClose} wide testId="shift-panel">
      <p className="muted">
        {t("shift.openedAt", { time: clockTime(props.shift.openedAt), name: clerk.name })} ·{" "}
        {money(props.shift.openingFloat)}
      </p>
      <div className="segmented">
        <button
          type="button"
          className={tab === "cash" ? "active" : ""}
          onClick={() => setTab("cash")}
        >
          {t("shift.cashIn")} / {t("shift.cashOut")}
        </button>
        <button
          type="button"
          className={tab === "close" ? "active" : ""}
          onClick={() => setTab("close")}
        >
          {t("shift.close")}
        </button>
      </div>
      {tab === "cash" ? (
        <div className="form-grid">
          <div className="segmented span-2">
            <button
              type="button"
              className={kind === "in" ? "active" : ""}
              onClick={() => setKind("in")}
            >
              {t("shift.cashIn")}
            </button>
            <button
              type="button"
              className={kind === "out" ? "active" : ""}
              onClick={() => setKind("out")}
            >
              {t("shift.cashOut")}
            </button>
          </div>
          <label>
            {t("shift.amount")}
            <input
              inputMode="numeric"
              value={amount}
              onChange={(e) => setAmount(e.target.value.replace(/\D/g, ""))}
            />
          </label>
          <label>
            {t("shift.reason")}
            <input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={120} />
          </label>
          <div className="dialog-actions span-2">
            <Button
              variant="primary"
              size="lg"
              disabled={!Number(amount) || !reason.trim()}
              onClick={() => void record()}
            >
              {t("shift.record")}
            </Button>
          </div>
        </div>
      ) : (
        <div className="form-grid">
          <p className="span-2 muted">{t("shift.blindCount")}</p>
          {(["cash", "vietqr", "card"] as const).map((tender) => (
            <label key={tender}>
              {t(`shift.counted.${tender}`)}
              <input
                inputMode="numeric"
                value={counted[tender]}
                onChange={(e) =>
                  setCounted({ ...counted, [tender]: e.target.value.replace(/\D/g, "") })
                }
              />
            </label>
          ))}
          {blocker && (
            <p className="span-2 warning-text" role="alert">
              {t("shift.closeBlocked", { count: blocker.count })}
            </p>
          )}
          {!online && <p className="span-2 warning-text">{t("shift.closeNeedsNetwork")}</p>}
          {error && <p className="span-2 error-text">{error}</p>}
          <div className="dialog-actions span-2">
            <Button
              variant="danger"
              size="lg"
              disabled={Boolean(blocker) || !online}
              onClick={() => void close()}
            >
              {t("shift.close")}
            </Button>
          </div>
        </div>
      )}
    </Modal>
  )
}
