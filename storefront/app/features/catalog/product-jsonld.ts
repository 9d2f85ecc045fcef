import type { StoreOcopProductDetail } from "@ocop/sdk"
import { absolute } from "../../lib/seo"
import { variantPrice } from "./product-facts"

interface ProductLdInput {
  product: StoreOcopProductDetail
  url: string
  origin: string
  breadcrumbs: { name: string; url: string }[]
}

/** schema.org Product with one Offer per priced variant (VND, stock) and its BreadcrumbList. */
export function productJsonLd({ product, url, origin, breadcrumbs }: ProductLdInput) {
  const images = [
    ...product.images.map((image) => image.url),
    ...(product.thumbnail ? [product.thumbnail] : []),
  ].map((image) => absolute(origin, image))
  const offers = product.variants.flatMap((variant) => {
    const price = variantPrice(variant)
    if (price === null) return []
    return [
      {
        "@type": "Offer",
        name: variant.title ?? undefined,
        sku: variant.sku ?? undefined,
        gtin13: variant.barcode ?? undefined,
        price,
        priceCurrency: "VND",
        availability: variant.in_stock
          ? "https://schema.org/InStock"
          : "https://schema.org/OutOfStock",
        url,
      },
    ]
  })
  return [
    {
      "@context": "https://schema.org",
      "@type": "Product",
      name: product.title,
      description: product.description ?? product.subtitle ?? undefined,
      image: images.length ? [...new Set(images)] : undefined,
      sku: product.variants[0]?.sku ?? undefined,
      brand: product.producer ? { "@type": "Brand", name: product.producer.name } : undefined,
      countryOfOrigin: "VN",
      offers,
    },
    {
      "@context": "https://schema.org",
      "@type": "BreadcrumbList",
      itemListElement: breadcrumbs.map((crumb, index) => ({
        "@type": "ListItem",
        position: index + 1,
        name: crumb.name,
        item: crumb.url,
      })),
    },
  ]
}
