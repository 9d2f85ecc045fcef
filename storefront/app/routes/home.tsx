import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { ProductCard } from "../features/catalog/product-card"
import { toProductCard } from "../features/catalog/product-card-view"
import { useLocale } from "../lib/locale"
import { localePath, producerPath } from "../lib/paths"
import { seoMeta } from "../lib/seo"
import { fromBackend } from "../lib/server/backend.server"
import { pageContext } from "../lib/server/page.server"
import { JsonLd } from "../ui/json-ld"
import type { Route } from "./+types/home"

export async function loader({ request, context }: Route.LoaderArgs) {
  const { locale, origin, t, catalog } = await pageContext(request, context)
  const [featured, overview, producers] = await fromBackend(() =>
    Promise.all([
      catalog.listProducts({ min_stars: 4, sort: "stars", limit: 8 }),
      catalog.listProducts({ limit: 1 }),
      catalog.listProducers({ limit: 12 }),
    ])
  )
  const siteName = t("meta.siteName")
  return {
    featured: featured.products.map(toProductCard),
    groups: overview.facets.groups,
    producers: producers.producers,
    seo: seoMeta({
      title: t("meta.homeTitle"),
      description: t("meta.homeDescription"),
      origin,
      path: "/",
      locale,
      siteName,
    }),
    organization: {
      "@context": "https://schema.org",
      "@type": "Organization",
      name: siteName,
      url: `${origin}${localePath(locale, "/")}`,
      logo: `${origin}/favicon.svg`,
      address: {
        "@type": "PostalAddress",
        streetAddress: "211 Trần Đăng Ninh",
        addressLocality: "Lạng Sơn",
        addressCountry: "VN",
      },
    },
  }
}

export const meta: Route.MetaFunction = ({ loaderData }) => loaderData?.seo ?? []

export default function Home({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation()
  const locale = useLocale()
  const { featured, groups, producers, organization } = loaderData
  return (
    <>
      <JsonLd data={organization} />
      <section className="hero">
        <h1>{t("home.heroTitle")}</h1>
        <p>{t("home.heroText")}</p>
        <p>
          <Link className="button" to={localePath(locale, "/products")}>
            {t("home.heroCta")}
          </Link>
        </p>
        <p className="hero-note">{t("home.stores")}</p>
      </section>

      <section aria-labelledby="featured-heading">
        <h2 id="featured-heading">{t("home.featured")}</h2>
        <ul className="product-grid">
          {featured.map((card, index) => (
            <ProductCard key={card.id} card={card} eager={index < 2} />
          ))}
        </ul>
      </section>

      <section aria-labelledby="groups-heading">
        <h2 id="groups-heading">{t("home.groups")}</h2>
        <ul className="chip-list">
          {groups.map((group) => (
            <li key={group.value}>
              <Link
                className="chip"
                to={localePath(locale, `/products?group=${encodeURIComponent(group.value)}`)}
              >
                {(locale === "en" ? group.label_en : group.label_vi) ?? group.value}
                <span className="chip-count">{t("home.productCount", { count: group.count })}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="producers-heading">
        <h2 id="producers-heading">{t("home.producers")}</h2>
        <ul className="producer-list">
          {producers.map((producer) => (
            <li key={producer.handle}>
              <Link to={producerPath(locale, producer.handle)}>
                <span className="producer-name">{producer.name}</span>
                <span className="producer-meta">
                  {producer.legacy_district ? `${producer.legacy_district} · ` : ""}
                  {t("home.productCount", { count: producer.product_count })}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  )
}
