import { productGroup } from "@ocop/core"
import type { PosCatalogItem } from "@ocop/sdk"
import { memo } from "react"
import { useTranslation } from "react-i18next"
import { money } from "../../ui/format"
import { OcopStars } from "../../ui/Stars"

export function GroupTabs(props: {
  groups: string[]
  value: string | null
  onChange: (group: string | null) => void
}) {
  const { t, i18n } = useTranslation()
  const name = (code: string) => {
    const group = productGroup(code)
    if (!group) return code
    return i18n.language === "en" ? group.en : group.vi
  }
  return (
    <div className="group-tabs" role="tablist">
      <button
        type="button"
        role="tab"
        aria-selected={props.value === null}
        className={`chip ${props.value === null ? "chip-active" : ""}`}
        onClick={() => props.onChange(null)}
      >
        {t("sale.all")}
      </button>
      {props.groups.map((group) => (
        <button
          type="button"
          role="tab"
          key={group}
          aria-selected={props.value === group}
          className={`chip ${props.value === group ? "chip-active" : ""}`}
          onClick={() => props.onChange(group)}
        >
          {name(group)}
        </button>
      ))}
    </div>
  )
}

/**
 * One product. Memoised on its row: a keystroke that keeps a product in the results does not
 * render its card again, and a sale's stock change renders only the cards it touched.
 */
const ProductCard = memo(function ProductCard(props: {
  item: PosCatalogItem
  onPick: (item: PosCatalogItem) => void
}) {
  const { t } = useTranslation()
  const { item } = props
  return (
    <button
      type="button"
      className="product-card"
      onClick={() => props.onPick(item)}
      data-testid="product-card"
    >
      <span className="product-title">{item.product_title}</span>
      {item.variant_title && <span className="product-variant">{item.variant_title}</span>}
      <span className="product-meta">
        <OcopStars stars={item.stars} badge={item.badge} />
        {item.is_alcohol && <span className="tag tag-alcohol">{t("sale.alcohol")} 18+</span>}
      </span>
      <span className="product-foot">
        <strong className="product-price">{money(item.price)}</strong>
        {item.stock_quantity !== null && (
          <span className={`stock ${item.stock_quantity <= 0 ? "stock-out" : ""}`}>
            {/* not `count`: i18next 23.7 builds an Intl.PluralRules for every call with a count
                (24 cards a keystroke); a stock figure has no plural forms to choose */}
            {t("sale.stock", { quantity: item.stock_quantity })}
          </span>
        )}
      </span>
    </button>
  )
})

/** Memoised: typing in the cart's fields or changing quantities does not repaint the grid. */
export const ProductGrid = memo(function ProductGrid(props: {
  items: PosCatalogItem[]
  onPick: (item: PosCatalogItem) => void
}) {
  return (
    <div className="product-grid" data-testid="product-grid">
      {props.items.map((item) => (
        <ProductCard key={item.variant_id} item={item} onPick={props.onPick} />
      ))}
    </div>
  )
})
