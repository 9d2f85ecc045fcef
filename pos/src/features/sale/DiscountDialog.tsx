import type { PosDiscount } from "@ocop/sdk"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import type { LocalClerk } from "../../db/schema"
import { Button } from "../../ui/Button"
import { money, plainAmount } from "../../ui/format"
import { Modal } from "../../ui/Modal"
import { NumPad } from "../../ui/NumPad"
import { ManagerApproval } from "../manager/ManagerApproval"
import { type Cart, discountWouldNeedApproval, priceCart } from "./cart"

export type DiscountTarget = { lineId: string } | { order: true }

/**
 * A line or order discount, by percent or amount. Above the register's threshold a manager
 * approves with their PIN before it is applied; the approval is recorded on the sale.
 */
export function DiscountDialog(props: {
  cart: Cart
  target: DiscountTarget
  thresholdPercent: number
  onApply: (discount: PosDiscount | null, approvedBy?: string) => void
  onClose: () => void
}) {
  const { t } = useTranslation()
  const lineId = "lineId" in props.target ? props.target.lineId : null
  const line = lineId ? props.cart.lines.find((l) => l.lineId === lineId) : undefined
  const current = line ? line.discount : props.cart.orderDiscount
  const [type, setType] = useState<PosDiscount["type"]>(current?.type ?? "percent")
  const [value, setValue] = useState(current ? String(current.value) : "")
  const [approving, setApproving] = useState(false)
  const discount: PosDiscount | null = value ? { type, value: Number(value) } : null

  const change = line ? { lineId: line.lineId, discount } : { order: discount }
  const next = priceCart({
    ...props.cart,
    ...("order" in change
      ? { orderDiscount: discount }
      : {
          lines: props.cart.lines.map((l) => (l.lineId === change.lineId ? { ...l, discount } : l)),
        }),
  })
  const valid = next.ok && (type !== "percent" || Number(value) <= 100)
  const needsApproval =
    valid && discountWouldNeedApproval(props.cart, change, props.thresholdPercent)

  const apply = () => {
    if (needsApproval) setApproving(true)
    else props.onApply(discount)
  }

  if (approving) {
    return (
      <ManagerApproval
        reason={t("discount.needsManager", { percent: props.thresholdPercent })}
        onCancel={() => setApproving(false)}
        onApproved={(manager: LocalClerk) => props.onApply(discount, manager.id)}
      />
    )
  }

  return (
    <Modal
      title={line ? `${t("discount.title")} · ${line.item.product_title}` : t("sale.orderDiscount")}
      onClose={props.onClose}
      testId="discount-dialog"
    >
      <div className="segmented">
        {(["percent", "amount"] as const).map((option) => (
          <button
            type="button"
            key={option}
            className={type === option ? "active" : ""}
            onClick={() => {
              setType(option)
              setValue("")
            }}
          >
            {t(`discount.${option}`)}
          </button>
        ))}
      </div>
      <output className="amount-display">
        {type === "percent" ? `${value || 0} %` : money(Number(value || 0))}
      </output>
      {type === "percent" && (
        <div className="chip-row">
          {[5, 10, 15, 20].map((percent) => (
            <button
              type="button"
              key={percent}
              className="chip"
              onClick={() => setValue(String(percent))}
            >
              {percent} %
            </button>
          ))}
        </div>
      )}
      <NumPad
        value={value}
        onChange={setValue}
        maxLength={type === "percent" ? 3 : 9}
        extraKey={type === "amount" ? { label: "000", append: "000" } : undefined}
      />
      {!valid && value && <p className="error-text">{t("discount.tooMuch")}</p>}
      {needsApproval && (
        <p className="warning-text">
          {t("discount.needsManager", { percent: props.thresholdPercent })}
        </p>
      )}
      {next.ok && (
        <p className="muted">
          {t("common.total")}: <strong>{plainAmount(next.value.total)}</strong>
        </p>
      )}
      <div className="dialog-actions">
        {current && (
          <Button variant="ghost" onClick={() => props.onApply(null)}>
            {t("discount.remove")}
          </Button>
        )}
        <Button variant="primary" size="lg" disabled={!valid} onClick={apply}>
          {t("discount.apply")}
        </Button>
      </div>
    </Modal>
  )
}
