import { useTranslation } from "react-i18next"
import { ProductCard } from "../features/catalog/product-card"
import { toProductCard } from "../features/catalog/product-card-view"
import { useLocale } from "../lib/locale"
import { seoMeta } from "../lib/seo"
import { findWard } from "../lib/server/addresses.server"
import { fromBackend, notFound } from "../lib/server/backend.server"
import { pageContext } from "../lib/server/page.server"
import type { Route } from "./+types/producer"

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { locale, origin, t, catalog } = await pageContext(request, context)
  const handle = params.handle
  if (!handle) throw notFound()
  const { producer, products } = await fromBackend(() =>
    catalog.retrieveProducer(handle, { sort: "stars", limit: 24 })
  )
  const story = producer.story
  return {
    producer,
    story,
    wardName: producer.ward_code ? (findWard(producer.ward_code)?.name ?? null) : null,
    products: products.map(toProductCard),
    seo: seoMeta({
      title: `${producer.name} · ${t("meta.siteName")}`,
      description: (story ?? producer.name).slice(0, 160),
      origin,
      path: `/producers/${producer.handle}`,
      locale,
      siteName: t("meta.siteName"),
      image: producer.photos[0] ?? null,
    }),
  }
}

export const meta: Route.MetaFunction = ({ loaderData }) => loaderData?.seo ?? []

export default function ProducerPage({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation()
  useLocale()
  const { producer, story, wardName, products } = loaderData
  return (
    <article className="producer-page">
      <h1>{producer.name}</h1>
      <p className="muted">
        {t(`producer.kinds.${producer.kind}`, { defaultValue: producer.kind })}
        {wardName && ` · ${wardName}`}
        {producer.legacy_district && ` (${producer.legacy_district})`}
      </p>
      {producer.address_line && <p>{producer.address_line}</p>}
      {story && (
        <section aria-labelledby="story-heading">
          <h2 id="story-heading">{t("product.producerStory")}</h2>
          <p className="description">{story}</p>
        </section>
      )}
      <section aria-labelledby="producer-products">
        <h2 id="producer-products">{t("producer.products", { name: producer.name })}</h2>
        <ul className="product-grid">
          {products.map((card) => (
            <ProductCard key={card.id} card={card} />
          ))}
        </ul>
      </section>
    </article>
  )
}
