import type { StoreOcopProduct, StoreOcopVariant } from "@ocop/sdk"

/** The lowest VAT-inclusive price among a product's variants (null when none has a price). */
export function lowestPrice(variants: StoreOcopVariant[]): number | null {
  let lowest: number | null = null
  for (const variant of variants) {
    const amount = variant.calculated_price?.calculated_amount
    if (typeof amount !== "number") continue
    if (lowest === null || amount < lowest) lowest = amount
  }
  return lowest
}

export function variantPrice(variant: StoreOcopVariant): number | null {
  const amount = variant.calculated_price?.calculated_amount
  return typeof amount === "number" ? amount : null
}

export function isInStock(product: Pick<StoreOcopProduct, "variants">): boolean {
  return product.variants.some((variant) => variant.in_stock)
}

/** Stars to show: only while the certificate in force may carry the OCOP mark. */
export function badgeStars(product: Pick<StoreOcopProduct, "ocop">): number | null {
  return product.ocop.badge && product.ocop.stars !== null ? product.ocop.stars : null
}
