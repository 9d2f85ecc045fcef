import type { StoreOcopProduct } from "@ocop/sdk"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { formatPrice } from "../../lib/format"
import { useLocale } from "../../lib/locale"
import { productPath } from "../../lib/paths"
import { OcopBadge } from "../../ui/ocop-badge"
import { Price } from "../../ui/price"
import { badgeStars, isInStock, lowestPrice } from "./product-facts"
import { ProductImage } from "./product-image"

/** A product in a grid: photo, badge (while valid), title, origin, price from, stock. */
export function ProductCard({
  product,
  eager = false,
}: {
  product: StoreOcopProduct
  eager?: boolean
}) {
  const { t } = useTranslation()
  const locale = useLocale()
  const stars = badgeStars(product)
  const price = lowestPrice(product.variants)
  const inStock = isInStock(product)
  return (
    <li className="product-card" data-testid="product-card" data-handle={product.handle}>
      <Link to={productPath(locale, product.handle)} className="product-card-link">
        <ProductImage
          src={product.thumbnail}
          alt=""
          group={product.ocop.group}
          title={product.title}
          eager={eager}
          width={320}
        />
        <span className="product-card-body">
          {stars !== null && <OcopBadge stars={stars} />}
          <span className="product-card-title">{product.title}</span>
          {product.origin.label && (
            <span className="product-card-origin">{product.origin.label}</span>
          )}
          <span className="product-card-price">
            {price !== null && variantCount(product) > 1 ? (
              <span data-testid="price">
                {t("product.fromPrice", { price: formatPrice(price) })}
              </span>
            ) : (
              <Price amount={price} />
            )}
          </span>
          {!inStock && <span className="stock stock-out">{t("product.outOfStock")}</span>}
        </span>
      </Link>
    </li>
  )
}

function variantCount(product: StoreOcopProduct): number {
  return product.variants.filter((variant) => variant.calculated_price !== null).length
}
