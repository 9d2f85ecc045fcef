import type { PosRegister, PosTenderInput, PosTenderKind } from "@ocop/sdk"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useServices } from "../../app/services"
import { nextSequence } from "../../db/settings"
import { AmountPad } from "../../ui/AmountPad"
import { Button } from "../../ui/Button"
import { money } from "../../ui/format"
import {
  cashTender,
  changeDue,
  isFullyPaid,
  paidSoFar,
  quickCashAmounts,
  remainingDue,
  vietQrReference,
} from "./tenders"
import { VietQrScreen } from "./VietQrScreen"

/**
 * Payment: cash with quick amounts and change, VietQR for the exact amount, card with the slip
 * reference, or any mix of them (each tender pays part of what remains).
 */
export function PaymentScreen(props: {
  total: number
  register: PosRegister
  referencePrefix: string
  token: string | null
  busy: boolean
  onCancel: () => void
  onComplete: (tenders: PosTenderInput[]) => void
}) {
  const { t } = useTranslation()
  const { db } = useServices()
  const [tenders, setTenders] = useState<PosTenderInput[]>([])
  const [method, setMethod] = useState<PosTenderKind>("cash")
  const [entry, setEntry] = useState("")
  const [slip, setSlip] = useState("")
  const [qr, setQr] = useState<{ reference: string; amount: number } | null>(null)
  const remaining = remainingDue(props.total, tenders)
  const paid = isFullyPaid(props.total, tenders)
  const change = changeDue(props.total, tenders)
  const typed = Number(entry || 0)

  const add = (tender: PosTenderInput) => {
    setTenders((current) => [...current, tender])
    setEntry("")
    setSlip("")
  }
  // a non-cash tender pays at most what is due; an empty entry means "the rest"
  const partAmount = typed > 0 ? Math.min(typed, remaining) : remaining

  const openQr = async () => {
    const reference = vietQrReference(
      props.referencePrefix,
      await nextSequence(db, "vietqrSequence")
    )
    setQr({ reference, amount: partAmount })
  }

  return (
    <div className="payment" data-testid="payment-screen">
      <section className="payment-summary">
        <button
          type="button"
          className="back-link"
          onClick={props.onCancel}
          disabled={tenders.length > 0}
        >
          ← {t("common.back")}
        </button>
        <h1>{t("pay.title")}</h1>
        <dl className="big-figures">
          <div>
            <dt>{t("pay.due")}</dt>
            <dd data-testid="payment-total">{money(props.total)}</dd>
          </div>
          <div className={remaining ? "figure-accent" : "figure-muted"}>
            <dt>{t("pay.remaining")}</dt>
            <dd data-testid="payment-remaining">{money(remaining)}</dd>
          </div>
          {paid && (
            <div className="figure-change">
              <dt>{t("pay.change")}</dt>
              <dd data-testid="payment-change">{money(change)}</dd>
            </div>
          )}
        </dl>
        {tenders.length > 0 && (
          <>
            <h2 className="section-label">{t("pay.tenders")}</h2>
            <ul className="tender-list">
              {tenders.map((tender, index) => (
                <li key={`${tender.kind}-${String(index)}`}>
                  <span>
                    {t(`tender.${tender.kind}`)}
                    {tender.reference && <small className="muted"> · {tender.reference}</small>}
                    {tender.received && tender.received !== tender.amount && (
                      <small className="muted">
                        {" "}
                        · {t("pay.received")} {money(tender.received)}
                      </small>
                    )}
                  </span>
                  <strong>{money(tender.amount)}</strong>
                  <button
                    type="button"
                    className="link-btn"
                    onClick={() => setTenders((current) => current.filter((_, i) => i !== index))}
                  >
                    {t("pay.removeTender")}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
        <Button
          variant="pay"
          size="xl"
          className="full-width complete-button"
          disabled={!paid || props.busy}
          onClick={() => props.onComplete(tenders)}
          data-testid="complete-sale"
        >
          {t("pay.complete")}
        </Button>
      </section>

      <section className="payment-methods">
        <div className="segmented big" role="tablist">
          {(["cash", "vietqr", "card"] as const).map((kind) => (
            <button
              type="button"
              role="tab"
              key={kind}
              aria-selected={method === kind}
              className={method === kind ? "active" : ""}
              onClick={() => {
                setMethod(kind)
                setEntry("")
              }}
              data-testid={`method-${kind}`}
            >
              {t(`pay.${kind}`)}
            </button>
          ))}
        </div>

        {paid && (
          <div className="paid-panel" role="status">
            <span className="paid-check" aria-hidden="true">
              ✓
            </span>
            <p>{t("pay.fullyPaid")}</p>
            {change > 0 && (
              <p className="paid-change">
                {t("pay.change")}: <strong>{money(change)}</strong>
              </p>
            )}
          </div>
        )}

        {!paid && method === "cash" && (
          <div className="method-panel">
            <div className="quick-amounts">
              {quickCashAmounts(remaining).map((amount, index) => (
                <Button
                  key={amount}
                  size="lg"
                  variant={index === 0 ? "primary" : "secondary"}
                  disabled={paid}
                  onClick={() => add(cashTender(remaining, amount))}
                  data-testid="quick-cash"
                >
                  {index === 0 ? `${t("pay.exact")} · ` : ""}
                  {money(amount)}
                </Button>
              ))}
            </div>
            <AmountPad label={t("pay.received")} value={entry} onChange={setEntry} />
            <Button
              variant="primary"
              size="lg"
              className="full-width"
              disabled={paid || typed <= 0}
              onClick={() => add(cashTender(remaining, typed))}
            >
              {typed < remaining ? t("pay.partial") : t("pay.addCash")}
            </Button>
          </div>
        )}

        {!paid && method === "vietqr" && (
          <div className="method-panel">
            <AmountPad
              label={t("pay.vietqr")}
              value={entry}
              onChange={setEntry}
              shown={partAmount}
            />
            <Button
              variant="primary"
              size="lg"
              className="full-width"
              disabled={paid}
              onClick={() => void openQr()}
              data-testid="show-vietqr"
            >
              {t("pay.vietqrTitle")}
            </Button>
          </div>
        )}

        {!paid && method === "card" && (
          <div className="method-panel">
            <label>
              {t("pay.slip")}
              <input
                value={slip}
                onChange={(e) => setSlip(e.target.value.toUpperCase())}
                inputMode="text"
                maxLength={32}
                data-testid="card-slip"
              />
            </label>
            <AmountPad label={t("pay.card")} value={entry} onChange={setEntry} shown={partAmount} />
            <Button
              variant="primary"
              size="lg"
              className="full-width"
              disabled={paid || !slip.trim()}
              onClick={() => add({ kind: "card", amount: partAmount, reference: slip.trim() })}
            >
              {t("pay.addCard")}
            </Button>
          </div>
        )}
        <p className="muted paid-line">
          {t("pay.paid")}: {money(paidSoFar(tenders))}
        </p>
      </section>

      {qr && (
        <VietQrScreen
          register={props.register}
          reference={qr.reference}
          amount={qr.amount}
          token={props.token}
          onPaid={(confirmedOffline) => {
            add({
              kind: "vietqr",
              amount: qr.amount,
              reference: qr.reference,
              confirmed_offline: confirmedOffline,
            })
            setQr(null)
          }}
          onClose={() => setQr(null)}
        />
      )}
    </div>
  )
}
