/** Soft background per product group for products without a photo yet. */
const GROUP_TINTS: Record<string, [string, string]> = {
  food: ["#fef3c7", "#b45309"],
  beverage: ["#e0f2fe", "#0369a1"],
  "medicinal-herbs": ["#dcfce7", "#15803d"],
  handicraft: ["#fce7f3", "#be185d"],
  ornamental: ["#ecfccb", "#4d7c0f"],
  tourism: ["#ede9fe", "#6d28d9"],
}

interface ProductImageProps {
  src: string | null
  alt: string
  group: string
  title: string
  width: number
  eager?: boolean
}

/**
 * A product photo at a fixed 4:3 box (no layout shift on a slow phone), lazy below the fold.
 * Without a photo: a tinted card with the product's initial, drawn in CSS (no request at all).
 */
export function ProductImage({ src, alt, group, title, width, eager = false }: ProductImageProps) {
  const height = Math.round((width * 3) / 4)
  if (src) {
    return (
      <img
        className="product-image"
        src={src}
        alt={alt}
        width={width}
        height={height}
        loading={eager ? "eager" : "lazy"}
        decoding="async"
      />
    )
  }
  const [background, ink] = GROUP_TINTS[group] ?? ["#f1f5f9", "#334155"]
  const initial = title.trim().charAt(0).toLocaleUpperCase("vi")
  const style = { background, color: ink }
  if (alt) {
    return (
      <span className="product-image product-image-placeholder" style={style}>
        <span aria-hidden="true">{initial}</span>
        <span className="visually-hidden">{alt}</span>
      </span>
    )
  }
  return (
    <span className="product-image product-image-placeholder" style={style} aria-hidden="true">
      {initial}
    </span>
  )
}
