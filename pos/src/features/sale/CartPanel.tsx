import type { PricedSale } from "@ocop/core"
import type { Dispatch } from "react"
import { useTranslation } from "react-i18next"
import { Button } from "../../ui/Button"
import { money } from "../../ui/format"
import { OcopStars } from "../../ui/Stars"
import { type Cart, type CartAction, itemCount } from "./cart"

export function CartPanel(props: {
  cart: Cart
  priced: PricedSale | null
  dispatch: Dispatch<CartAction>
  onLineDiscount: (lineId: string) => void
  onOrderDiscount: () => void
  onCustomer: () => void
  onPark: () => void
  onShowParked: () => void
  parkedCount: number
  onVoid: () => void
  onPay: () => void
}) {
  const { t } = useTranslation()
  const { cart, priced, dispatch } = props
  const empty = cart.lines.length === 0
  return (
    <aside className="cart" aria-label={t("sale.subtotal")}>
      <ol className="cart-lines" data-testid="cart-lines">
        {empty && <li className="cart-empty">{t("sale.emptyCart")}</li>}
        {cart.lines.map((line, index) => {
          const pricedLine = priced?.lines[index]
          const discount = (pricedLine?.lineDiscount ?? 0) + (pricedLine?.orderDiscount ?? 0)
          return (
            <li key={line.lineId} className="cart-line" data-testid="cart-line">
              <div className="cart-line-main">
                <span className="cart-line-title">
                  {line.item.product_title}
                  {line.item.variant_title && (
                    <small className="muted"> · {line.item.variant_title}</small>
                  )}
                </span>
                <span className="cart-line-sub">
                  <OcopStars stars={line.item.stars} badge={line.item.badge} compact />
                  <span className="muted">{money(line.item.price)}</span>
                  {line.item.stock_quantity !== null &&
                    line.quantity > line.item.stock_quantity && (
                      <span className="tag tag-warn">{t("sale.outOfStock")}</span>
                    )}
                </span>
              </div>
              <div className="stepper">
                <button
                  type="button"
                  aria-label="−"
                  onClick={() =>
                    dispatch({
                      type: "set_quantity",
                      lineId: line.lineId,
                      quantity: line.quantity - 1,
                    })
                  }
                >
                  −
                </button>
                <span data-testid="line-quantity">{line.quantity}</span>
                <button
                  type="button"
                  aria-label="+"
                  onClick={() =>
                    dispatch({
                      type: "set_quantity",
                      lineId: line.lineId,
                      quantity: line.quantity + 1,
                    })
                  }
                >
                  +
                </button>
              </div>
              <div className="cart-line-amount">
                <strong data-testid="line-net">{money(pricedLine?.net ?? 0)}</strong>
                {discount > 0 && <small className="discount-text">−{money(discount)}</small>}
                <button
                  type="button"
                  className="link-btn"
                  disabled={line.item.promotion_banned}
                  title={line.item.promotion_banned ? t("sale.noDiscountAlcohol") : undefined}
                  onClick={() => props.onLineDiscount(line.lineId)}
                >
                  {t("sale.discount")}
                </button>
              </div>
            </li>
          )
        })}
      </ol>
      <div className="cart-footer">
        <div className="cart-actions">
          <Button
            onClick={props.onCustomer}
            className={cart.customer || cart.einvoice ? "btn-on" : ""}
          >
            {t("sale.customer")}
          </Button>
          <Button onClick={props.onOrderDiscount} disabled={empty}>
            {t("sale.orderDiscount")}
          </Button>
          <Button onClick={props.onPark} disabled={empty}>
            {t("sale.park")}
          </Button>
          <Button onClick={props.onShowParked} disabled={props.parkedCount === 0}>
            {t("sale.parked")}{" "}
            {props.parkedCount > 0 && <span className="count">{props.parkedCount}</span>}
          </Button>
          <Button variant="ghost" onClick={props.onVoid} disabled={empty}>
            {t("sale.void")}
          </Button>
        </div>
        <dl className="totals">
          <div>
            <dt>
              {t("sale.subtotal")} · {t("sale.items", { count: itemCount(cart) })}
            </dt>
            <dd>{money(priced?.gross ?? 0)}</dd>
          </div>
          {priced && priced.discountTotal > 0 && (
            <div className="discount-text">
              <dt>{t("sale.discount")}</dt>
              <dd>−{money(priced.discountTotal)}</dd>
            </div>
          )}
          {cart.ageCheck && (
            <div className="muted">
              <dt>✓ {t("sale.ageChecked")}</dt>
              <dd />
            </div>
          )}
        </dl>
        <Button
          variant="pay"
          size="xl"
          className="full-width"
          disabled={empty || !priced}
          onClick={props.onPay}
          data-testid="pay-button"
        >
          <span>{t("sale.pay")}</span>
          <span data-testid="cart-total">{money(priced?.total ?? 0)}</span>
        </Button>
      </div>
    </aside>
  )
}
