import { useTranslation } from "react-i18next"
import { Link, useFetcher } from "react-router"
import { useLocale } from "../../lib/locale"
import { localePath, productPath } from "../../lib/paths"
import { Price } from "../../ui/price"
import { useHydrated } from "../../ui/use-hydrated"

import type { CartLineView, CartView } from "./cart-view"

function CartLine({ line, editable }: { line: CartLineView; editable: boolean }) {
  const { t } = useTranslation()
  const locale = useLocale()
  const fetcher = useFetcher()
  const hydrated = useHydrated()
  const handle = line.handle
  const quantityId = `quantity-${line.id}`
  return (
    <li className="cart-line" data-testid="cart-line">
      <div className="cart-line-main">
        {handle ? (
          <Link to={productPath(locale, handle)} className="cart-line-title">
            {line.title}
          </Link>
        ) : (
          <span className="cart-line-title">{line.title}</span>
        )}
        {line.variantTitle && <span className="muted"> · {line.variantTitle}</span>}
        <div className="cart-line-price">
          <Price amount={line.unitPrice} /> × {line.quantity} ={" "}
          <strong>
            <Price amount={line.total} />
          </strong>
        </div>
      </div>
      {editable && (
        <fetcher.Form method="post" action={localePath(locale, "/cart")} className="cart-line-edit">
          {hydrated && <input type="hidden" name="via" value="fetcher" />}
          <input type="hidden" name="line_id" value={line.id} />
          <label htmlFor={quantityId}>{t("product.quantity")}</label>
          <input
            id={quantityId}
            name="quantity"
            type="number"
            inputMode="numeric"
            min={0}
            max={99}
            defaultValue={line.quantity}
          />
          <button type="submit" name="intent" value="update" className="button button-secondary">
            {t("cart.update")}
          </button>
          <button type="submit" name="intent" value="remove" className="button button-link">
            {t("cart.remove")}
          </button>
        </fetcher.Form>
      )}
    </li>
  )
}

/** The lines of a cart; editable on the cart page, read-only in the checkout summary. */
export function CartLines({ cart, editable = false }: { cart: CartView; editable?: boolean }) {
  return (
    <ul className="cart-lines">
      {cart.lines.map((line) => (
        <CartLine key={line.id} line={line} editable={editable} />
      ))}
    </ul>
  )
}
