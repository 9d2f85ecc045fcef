import { useQuery } from "@tanstack/react-query"
import type { TFunction } from "i18next"
import { useTranslation } from "react-i18next"
import { useServices } from "../../app/services"
import type { OutboxSale } from "../../db/schema"
import { Button } from "../../ui/Button"
import { clockTime, money } from "../../ui/format"
import { useLiveQuery, useOnline } from "../../ui/hooks"
import { Modal } from "../../ui/Modal"
import { requeueRejected } from "../outbox/outbox"
import { kickOutbox } from "../outbox/useOutboxRunner"
import { useSession } from "../session/session"

/**
 * The server names a refused line by its index ("lines.1.variant_id: … is not sold at register
 * CH2"): say which product that was, as the receipt printed it.
 */
function refusalOfSale(sale: OutboxSale, t: TFunction): string {
  const reason = sale.lastError ?? ""
  const match = /^lines\.(\d+)\./.exec(reason)
  const line = match ? sale.receipt.lines[Number(match[1])] : undefined
  if (!line) return reason
  const title = [line.title, line.variantTitle].filter(Boolean).join(" – ")
  return `${t("manager.line", { number: Number(match?.[1]) + 1, title })}: ${reason}`
}

/**
 * What a manager must see: sales the backend refused (kept on the tablet with the reason, never
 * dropped) and lines sold beyond recorded stock at this register.
 */
export function ManagerPanel(props: { onClose: () => void }) {
  const { t } = useTranslation()
  const services = useServices()
  const { clerk } = useSession()
  const online = useOnline()
  const rejected = useLiveQuery(
    () => services.db.outbox.where("status").equals("rejected").sortBy("seq"),
    [],
    []
  )
  const queued = useLiveQuery(
    () => services.db.outbox.where("status").equals("pending").count(),
    [],
    0
  )
  const exceptions = useQuery({
    queryKey: ["stock-exceptions", clerk.token],
    enabled: online && Boolean(clerk.token) && clerk.role === "manager",
    queryFn: () => services.clientFor(clerk.token).pos.stockExceptions(),
  })

  if (clerk.role !== "manager") {
    return (
      <Modal title={t("manager.title")} onClose={props.onClose}>
        <p>{t("manager.onlyManager")}</p>
      </Modal>
    )
  }

  return (
    <Modal title={t("manager.title")} onClose={props.onClose} wide testId="manager-panel">
      <section>
        <header className="section-head">
          <h3>{t("manager.outbox")}</h3>
          <span className="muted">{queued}</span>
          <Button onClick={kickOutbox}>{t("manager.syncNow")}</Button>
        </header>
      </section>
      <section>
        <h3>{t("manager.rejected")}</h3>
        {rejected.length === 0 && <p className="muted">{t("manager.noRejected")}</p>}
        <ul className="plain-list" data-testid="rejected-list">
          {rejected.map((entry) => (
            <li key={entry.clientId} className="list-row">
              <span>
                <strong>
                  {entry.kind === "sale" ? (entry as OutboxSale).payload.sale_number : entry.kind}
                </strong>
                <small className="muted">
                  {" "}
                  · {clockTime(entry.createdAt)}
                  {entry.kind === "sale" ? ` · ${money((entry as OutboxSale).receipt.total)}` : ""}
                </small>
                <br />
                <small className="error-text">
                  {t("manager.reason")}:{" "}
                  {entry.kind === "sale" ? refusalOfSale(entry as OutboxSale, t) : entry.lastError}
                </small>
              </span>
              <Button
                onClick={() => {
                  void requeueRejected(services.db, entry.clientId).then(kickOutbox)
                }}
              >
                {t("manager.requeue")}
              </Button>
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h3>{t("manager.stockExceptions")}</h3>
        {exceptions.data?.exceptions.length === 0 && (
          <p className="muted">{t("manager.noStockExceptions")}</p>
        )}
        <ul className="plain-list">
          {exceptions.data?.exceptions.map((exception) => (
            <li key={`${exception.sale_number}-${exception.variant_id}`} className="list-row">
              <span>
                <strong>{exception.title}</strong>
                <small className="muted">
                  {" "}
                  · {exception.sale_number} · {clockTime(exception.created_at)}
                </small>
              </span>
              <span>
                {t("manager.stockAfter")}:{" "}
                <strong className="error-text">{exception.stock_after}</strong>
              </span>
            </li>
          ))}
        </ul>
      </section>
    </Modal>
  )
}
