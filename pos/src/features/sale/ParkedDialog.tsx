import { useTranslation } from "react-i18next"
import type { ParkedSale } from "../../db/schema"
import { Button } from "../../ui/Button"
import { clockTime } from "../../ui/format"
import { Modal } from "../../ui/Modal"

export function ParkedDialog(props: {
  parked: ParkedSale[]
  onResume: (sale: ParkedSale) => void
  onDelete: (sale: ParkedSale) => void
  onClose: () => void
}) {
  const { t } = useTranslation()
  return (
    <Modal title={t("sale.parked")} onClose={props.onClose} testId="parked-dialog">
      {props.parked.length === 0 && <p className="muted">{t("sale.noParked")}</p>}
      <ul className="plain-list">
        {props.parked.map((sale) => (
          <li key={sale.id} className="list-row">
            <span>
              <strong>{sale.label}</strong>
              <small className="muted"> · {clockTime(sale.parkedAt)}</small>
            </span>
            <span className="row-actions">
              <Button variant="ghost" onClick={() => props.onDelete(sale)}>
                {t("common.delete")}
              </Button>
              <Button variant="primary" onClick={() => props.onResume(sale)}>
                {t("sale.resume")}
              </Button>
            </span>
          </li>
        ))}
      </ul>
    </Modal>
  )
}
