import { bankByBin } from "@ocop/core"
import type { PosRegister } from "@ocop/sdk"
import { useQuery } from "@tanstack/react-query"
import { useEffect } from "react"
import { useTranslation } from "react-i18next"
import { useServices } from "../../app/services"
import { Button } from "../../ui/Button"
import { money } from "../../ui/format"
import { useOnline } from "../../ui/hooks"
import { QrCode } from "../../ui/QrCode"
import { vietQrPayload } from "./tenders"

/**
 * Full screen for the customer: the VietQR for the exact amount with the register's reference.
 * Online, the till turns "paid" when the bank's notification reaches the backend; offline (or
 * before it arrives) the clerk confirms what the customer's banking app shows, and the backend
 * reconciles the notification with the sale by reference later.
 */
export function VietQrScreen(props: {
  register: PosRegister
  reference: string
  amount: number
  token: string | null
  onPaid: (confirmedOffline: boolean) => void
  onClose: () => void
}) {
  const { t } = useTranslation()
  const { clientFor } = useServices()
  const online = useOnline()
  const payload = vietQrPayload(props.register, props.amount, props.reference)
  const status = useQuery({
    queryKey: ["vietqr-status", props.reference],
    enabled: online && Boolean(props.token),
    refetchInterval: 2_000,
    retry: false,
    queryFn: () => clientFor(props.token).pos.vietQrStatus(props.reference),
  })
  const state = status.data?.status
  const { onPaid } = props
  useEffect(() => {
    if (state === "confirmed") {
      const timer = setTimeout(() => onPaid(false), 900)
      return () => clearTimeout(timer)
    }
  }, [state, onPaid])

  return (
    <div className="vietqr-screen" data-testid="vietqr-screen">
      <div className="vietqr-card">
        <p className="vietqr-title">{t("pay.vietqrTitle")}</p>
        <p className="vietqr-amount">{money(props.amount)}</p>
        <QrCode value={payload} size={360} label={t("pay.vietqrTitle")} testId="vietqr-code" />
        <p className="vietqr-account">
          <strong>{props.register.vietqr.account_name}</strong>
          <span>
            {bankByBin(props.register.vietqr.bank_bin)?.shortName ?? props.register.vietqr.bank_bin}{" "}
            · {props.register.vietqr.account_number}
          </span>
        </p>
        <p className="vietqr-reference">
          {t("pay.vietqrReference", { reference: props.reference })}
        </p>
        <p
          className={`vietqr-status status-${state ?? (online ? "pending" : "offline")}`}
          role="status"
        >
          {state === "confirmed"
            ? `✓ ${t("pay.vietqrConfirmed")}`
            : state === "needs_review"
              ? t("pay.vietqrReview")
              : online
                ? t("pay.vietqrWaiting")
                : t("pay.vietqrOffline")}
        </p>
      </div>
      <div className="vietqr-actions">
        <Button variant="ghost" size="lg" onClick={props.onClose}>
          {t("common.cancel")}
        </Button>
        <Button
          variant="primary"
          size="lg"
          onClick={() => props.onPaid(true)}
          data-testid="vietqr-confirm"
        >
          {t("pay.vietqrManualConfirm")}
        </Button>
      </div>
    </div>
  )
}
