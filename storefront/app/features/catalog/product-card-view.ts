import type { StoreOcopProduct } from "@ocop/sdk"
import { badgeStars, isInStock, lowestPrice } from "./product-facts"

/**
 * What a product card shows, worked out on the server: the page's data (serialised into the HTML
 * and read again by the browser before it can hydrate) carries these few fields rather than every
 * variant with its full price object.
 */
export interface ProductCardView {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  group: string
  /** Stars of the OCOP badge, null when the certificate in force may not show it. */
  stars: number | null
  origin: string | null
  /** The lowest VAT-inclusive price, null when no variant is priced in this region. */
  price: number | null
  /** More than one priced variant: the price reads "from …". */
  priceFrom: boolean
  inStock: boolean
}

export function toProductCard(product: StoreOcopProduct): ProductCardView {
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    thumbnail: product.thumbnail,
    group: product.ocop.group,
    stars: badgeStars(product),
    origin: product.origin.label,
    price: lowestPrice(product.variants),
    priceFrom: product.variants.filter((variant) => variant.calculated_price !== null).length > 1,
    inStock: isInStock(product),
  }
}
