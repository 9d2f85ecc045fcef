import type { PricedSale } from "@ocop/core"
import { type Dispatch, memo, useEffect, useRef } from "react"
import { useTranslation } from "react-i18next"
import { Button } from "../../ui/Button"
import { money } from "../../ui/format"
import { OcopStars } from "../../ui/Stars"
import { type Cart, type CartAction, type CartLine, itemCount } from "./cart"

/**
 * One line of the cart. Memoised: a scan adds or bumps one line, and only that line (and any
 * whose amount moved with an order discount) renders again, however long the sale.
 */
const CartLineRow = memo(function CartLineRow(props: {
  line: CartLine
  net: number
  discount: number
  /** The line the last scan or tap added to: marked, and scrolled into view in a long sale. */
  last: boolean
  dispatch: Dispatch<CartAction>
  onLineDiscount: (lineId: string) => void
}) {
  const { t } = useTranslation()
  const { line, dispatch, last } = props
  const row = useRef<HTMLLIElement>(null)
  // A repeat scan bumps the quantity of the line already marked last: scroll to it again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: line.quantity is the re-scroll trigger
  useEffect(() => {
    if (last) row.current?.scrollIntoView({ block: "nearest" })
  }, [last, line.quantity])
  return (
    <li ref={row} className={`cart-line ${last ? "cart-line-last" : ""}`} data-testid="cart-line">
      <div className="cart-line-main">
        <span className="cart-line-title">{line.item.product_title}</span>
        {line.item.variant_title && (
          <span className="cart-line-variant muted">{line.item.variant_title}</span>
        )}
        <span className="cart-line-sub">
          <OcopStars stars={line.item.stars} badge={line.item.badge} compact />
          <span className="muted">{money(line.item.price)}</span>
          {line.item.stock_quantity !== null && line.quantity > line.item.stock_quantity && (
            <span className="tag tag-warn">{t("sale.outOfStock")}</span>
          )}
        </span>
      </div>
      <div className="stepper">
        <button
          type="button"
          aria-label="−"
          onClick={() =>
            dispatch({ type: "set_quantity", lineId: line.lineId, quantity: line.quantity - 1 })
          }
        >
          −
        </button>
        <span data-testid="line-quantity">{line.quantity}</span>
        <button
          type="button"
          aria-label="+"
          onClick={() =>
            dispatch({ type: "set_quantity", lineId: line.lineId, quantity: line.quantity + 1 })
          }
        >
          +
        </button>
      </div>
      <div className="cart-line-amount">
        <strong data-testid="line-net">{money(props.net)}</strong>
        {props.discount > 0 && <small className="discount-text">−{money(props.discount)}</small>}
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
})

/** Memoised: typing in the search box renders the grid only, not the cart. */
export const CartPanel = memo(function CartPanel(props: {
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
  lastAdded: string | null
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
          return (
            <CartLineRow
              key={line.lineId}
              line={line}
              net={pricedLine?.net ?? 0}
              discount={(pricedLine?.lineDiscount ?? 0) + (pricedLine?.orderDiscount ?? 0)}
              last={line.item.variant_id === props.lastAdded && line.discount === null}
              dispatch={dispatch}
              onLineDiscount={props.onLineDiscount}
            />
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
})
