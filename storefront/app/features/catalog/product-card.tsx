import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { formatPrice } from "../../lib/format"
import { useLocale } from "../../lib/locale"
import { productPath } from "../../lib/paths"
import { OcopBadge } from "../../ui/ocop-badge"
import { Price } from "../../ui/price"
import type { ProductCardView } from "./product-card-view"
import { ProductImage } from "./product-image"

/** A product in a grid: photo, badge (while valid), title, origin, price from, stock. */
export function ProductCard({ card, eager = false }: { card: ProductCardView; eager?: boolean }) {
  const { t } = useTranslation()
  const locale = useLocale()
  return (
    <li className="product-card" data-testid="product-card" data-handle={card.handle}>
      <Link to={productPath(locale, card.handle)} className="product-card-link">
        <ProductImage
          src={card.thumbnail}
          alt=""
          group={card.group}
          title={card.title}
          eager={eager}
          width={320}
        />
        <span className="product-card-body">
          {card.stars !== null && <OcopBadge stars={card.stars} />}
          <span className="product-card-title">{card.title}</span>
          {card.origin && <span className="product-card-origin">{card.origin}</span>}
          <span className="product-card-price">
            {card.price !== null && card.priceFrom ? (
              <span data-testid="price">
                {t("product.fromPrice", { price: formatPrice(card.price) })}
              </span>
            ) : (
              <Price amount={card.price} />
            )}
          </span>
          {!card.inStock && <span className="stock stock-out">{t("product.outOfStock")}</span>}
        </span>
      </Link>
    </li>
  )
}
