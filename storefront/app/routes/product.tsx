import type { StoreOcopProductDetail } from "@ocop/sdk"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, type ShouldRevalidateFunction, useFetcher } from "react-router"
import { ProductCard } from "../features/catalog/product-card"
import { toProductCard } from "../features/catalog/product-card-view"
import { badgeStars, variantPrice } from "../features/catalog/product-facts"
import { ProductImage } from "../features/catalog/product-image"
import { productJsonLd } from "../features/catalog/product-jsonld"
import { formatDate } from "../lib/format"
import { useLocale } from "../lib/locale"
import { localePath, producerPath, productPath } from "../lib/paths"
import { seoMeta } from "../lib/seo"
import { findWard } from "../lib/server/addresses.server"
import { fromBackend, notFound } from "../lib/server/backend.server"
import { pageContext } from "../lib/server/page.server"
import { JsonLd } from "../ui/json-ld"
import { OcopBadge } from "../ui/ocop-badge"
import { Price } from "../ui/price"
import { useHydrated } from "../ui/use-hydrated"
import type { Route } from "./+types/product"

type ProductDetail = StoreOcopProductDetail

const RELATED_COUNT = 4

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { locale, origin, t, catalog } = await pageContext(request, context)
  const handle = params.handle
  if (!handle) throw notFound()
  // one backend call: the detail answer carries the row of related products
  const { product, related = [] } = await fromBackend(() =>
    catalog.retrieveProduct(handle, { related: RELATED_COUNT })
  )
  const url = `${origin}${productPath(locale, product.handle)}`
  const ward = product.origin.ward_code ? findWard(product.origin.ward_code) : undefined
  const description =
    product.description ??
    [product.title, product.origin.label, product.producer?.name].filter(Boolean).join(" · ")
  return {
    product,
    wardName: ward?.name ?? null,
    related: related.map(toProductCard),
    seo: seoMeta({
      title: `${product.title} · ${t("meta.siteName")}`,
      description: description.slice(0, 160),
      origin,
      path: `/products/${product.handle}`,
      locale,
      siteName: t("meta.siteName"),
      image: product.images[0]?.url ?? product.thumbnail,
      type: "product",
    }),
    jsonLd: productJsonLd({
      product,
      url,
      origin,
      breadcrumbs: [
        { name: t("nav.home"), url: `${origin}${localePath(locale, "/")}` },
        { name: t("nav.products"), url: `${origin}${localePath(locale, "/products")}` },
        { name: product.title, url },
      ],
    }),
  }
}

export const meta: Route.MetaFunction = ({ loaderData }) => loaderData?.seo ?? []

// The page's one form puts the product in the cart, which changes nothing the page shows (the
// header's count comes from the shell's loader): no second product call after each add.
export const shouldRevalidate: ShouldRevalidateFunction = ({
  formMethod,
  defaultShouldRevalidate,
}) => (formMethod && formMethod !== "GET" ? false : defaultShouldRevalidate)

function AddToCart({ product }: { product: ProductDetail }) {
  const { t } = useTranslation()
  const locale = useLocale()
  const fetcher = useFetcher<{ added?: boolean; error?: string }>()
  // the cheapest variant in stock first: the price the listing showed ("from …")
  const firstInStock =
    [...product.variants]
      .filter((variant) => variant.in_stock)
      .sort((a, b) => (variantPrice(a) ?? Infinity) - (variantPrice(b) ?? Infinity))[0] ??
    product.variants[0]
  const [variantId, setVariantId] = useState(firstInStock?.id ?? "")
  const variant = product.variants.find((candidate) => candidate.id === variantId)
  const busy = fetcher.state !== "idle"
  const hydrated = useHydrated()
  return (
    <fetcher.Form method="post" action={localePath(locale, "/cart")} className="add-to-cart">
      <p className="product-price">
        <Price amount={variant ? variantPrice(variant) : null} className="price price-large" />{" "}
        <span className="vat-note">
          {product.vat.rate_percent !== null
            ? t("product.vatRate", { rate: product.vat.rate_percent })
            : t("product.priceVat")}
        </span>
      </p>
      <input type="hidden" name="intent" value="add" />
      {hydrated && <input type="hidden" name="via" value="fetcher" />}
      {product.variants.length > 1 ? (
        <fieldset className="variant-picker">
          <legend>{t("product.variant")}</legend>
          {product.variants.map((candidate) => (
            <label key={candidate.id} className="variant-option">
              <input
                type="radio"
                name="variant_id"
                value={candidate.id}
                checked={candidate.id === variantId}
                onChange={() => setVariantId(candidate.id)}
                disabled={!candidate.in_stock}
              />
              <span>{candidate.title}</span>
              <Price amount={variantPrice(candidate)} />
            </label>
          ))}
        </fieldset>
      ) : (
        <input type="hidden" name="variant_id" value={variantId} />
      )}
      <p className="stock" data-testid="stock">
        {variant?.in_stock
          ? variant.inventory_quantity !== null
            ? t("product.inStockCount", { count: variant.inventory_quantity })
            : t("product.inStock")
          : t("product.outOfStock")}
      </p>
      <div className="quantity-row">
        <label htmlFor="quantity">{t("product.quantity")}</label>
        <input
          id="quantity"
          name="quantity"
          type="number"
          inputMode="numeric"
          min={1}
          max={99}
          defaultValue={1}
        />
        <button
          type="submit"
          className="button"
          disabled={busy || !variant?.in_stock}
          data-testid="add-to-cart"
        >
          {t("product.addToCart")}
        </button>
      </div>
      <p role="status" className="form-status">
        {fetcher.data?.added && (
          <>
            {t("product.added")}{" "}
            <Link to={localePath(locale, "/cart")}>{t("product.viewCart")}</Link>
          </>
        )}
        {fetcher.data?.error && <span className="form-error">{fetcher.data.error}</span>}
      </p>
    </fetcher.Form>
  )
}

function CertificateFacts({ product }: { product: ProductDetail }) {
  const { t } = useTranslation()
  const locale = useLocale()
  const certificate = product.certificate
  if (!certificate) return null
  return (
    <section
      className="certificate"
      aria-labelledby="certificate-heading"
      data-testid="certificate"
    >
      <h2 id="certificate-heading">{t("product.certificate")}</h2>
      {!certificate.badge && <p className="notice">{t("product.noCertificate")}</p>}
      <dl className="facts">
        <dt>{t("product.certificateNumber")}</dt>
        <dd data-testid="certificate-number">{certificate.number}</dd>
        <dt>{t("product.issuer")}</dt>
        <dd>
          {certificate.issuer} (
          {t(`ocop.level.${certificate.issuer_level}`, { defaultValue: certificate.issuer_level })})
        </dd>
        <dt>{t("product.validity")}</dt>
        <dd>
          {formatDate(locale, certificate.valid_from)} – {formatDate(locale, certificate.valid_to)}
        </dd>
        <dt>{t("product.status")}</dt>
        <dd data-testid="certificate-status">{t(`ocop.status.${certificate.status}`)}</dd>
      </dl>
    </section>
  )
}

export default function ProductPage({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation()
  const locale = useLocale()
  const { product, related, wardName, jsonLd } = loaderData
  const stars = badgeStars(product)
  const images = product.images
  return (
    <article className="product-page" data-testid="product-page">
      <JsonLd data={jsonLd} />
      <nav aria-label="breadcrumb" className="breadcrumbs">
        <Link to={localePath(locale, "/")}>{t("nav.home")}</Link> ›{" "}
        <Link to={localePath(locale, "/products")}>{t("nav.products")}</Link>
      </nav>
      <div className="product-layout">
        <section className="gallery" aria-label={t("product.gallery")}>
          {images.length > 0 ? (
            images.map((image, index) => (
              <ProductImage
                key={image.url}
                src={image.url}
                alt={image.alt || t("product.imageOf", { index: index + 1, title: product.title })}
                group={product.ocop.group}
                title={product.title}
                width={640}
                eager={index === 0}
              />
            ))
          ) : (
            <ProductImage
              src={product.thumbnail}
              alt={product.title}
              group={product.ocop.group}
              title={product.title}
              width={640}
              eager
            />
          )}
        </section>
        <div className="product-summary">
          {stars !== null && <OcopBadge stars={stars} size="large" />}
          <h1 data-testid="product-title">{product.title}</h1>
          {product.subtitle && <p className="subtitle">{product.subtitle}</p>}
          {product.is_alcohol && (
            <p className="notice notice-warning" data-testid="alcohol-notice">
              {t("product.alcoholNotice")}
              {product.abv !== null && ` ${t("product.abv", { abv: product.abv })}`}
            </p>
          )}
          <AddToCart product={product} />
        </div>
      </div>

      {product.description && (
        <section aria-labelledby="description-heading">
          <h2 id="description-heading">{t("product.description")}</h2>
          <p className="description">{product.description}</p>
        </section>
      )}

      <CertificateFacts product={product} />

      <section aria-labelledby="origin-heading">
        <h2 id="origin-heading">{t("product.origin")}</h2>
        <dl className="facts">
          {product.origin.label && (
            <>
              <dt>{t("product.origin")}</dt>
              <dd>{product.origin.label}</dd>
            </>
          )}
          {wardName && (
            <>
              <dt>{t("product.ward")}</dt>
              <dd>
                {wardName}
                {product.origin.legacy_district && ` (${product.origin.legacy_district})`}
              </dd>
            </>
          )}
          {product.producer && (
            <>
              <dt>{t("product.producer")}</dt>
              <dd>
                <Link
                  to={producerPath(locale, product.producer.handle)}
                  data-testid="producer-link"
                >
                  {product.producer.name}
                </Link>{" "}
                (
                {t(`producer.kinds.${product.producer.kind}`, {
                  defaultValue: product.producer.kind,
                })}
                )
              </dd>
            </>
          )}
        </dl>
      </section>

      {product.producer?.story && (
        <section aria-labelledby="story-heading">
          <h2 id="story-heading">{t("product.producerStory")}</h2>
          <p className="description">{product.producer.story}</p>
        </section>
      )}

      {related.length > 0 && (
        <section aria-labelledby="related-heading">
          <h2 id="related-heading">{t("product.related")}</h2>
          <ul className="product-grid">
            {related.map((card) => (
              <ProductCard key={card.id} card={card} />
            ))}
          </ul>
        </section>
      )}
    </article>
  )
}
