import { useTranslation } from "react-i18next"
import { Button } from "../../ui/Button"
import { Modal } from "../../ui/Modal"

/** Law 44/2019: no alcohol to anyone under 18; the clerk's check is recorded on the sale. */
export function AgeCheckDialog(props: { onConfirm: () => void; onRefuse: () => void }) {
  const { t } = useTranslation()
  return (
    <Modal title={t("sale.ageCheckTitle")} testId="age-check">
      <div className="age-check">
        <span className="age-badge" aria-hidden="true">
          18+
        </span>
        <p>{t("sale.ageCheckBody")}</p>
      </div>
      <div className="dialog-actions">
        <Button variant="ghost" size="lg" onClick={props.onRefuse}>
          {t("sale.ageCheckRefuse")}
        </Button>
        <Button variant="primary" size="lg" onClick={props.onConfirm} data-testid="age-check-ok">
          {t("sale.ageCheckOk")}
        </Button>
      </div>
    </Modal>
  )
}
