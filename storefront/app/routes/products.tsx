import type { StoreOcopProductsResponse } from "@ocop/sdk"
import { useTranslation } from "react-i18next"
import { Form, Link, useSubmit } from "react-router"
import {
  type ListingState,
  listingSearch,
  PAGE_SIZE,
  readListingState,
  toApiQuery,
  toggled,
  toggleStar,
} from "../features/catalog/listing-query"
import { ProductCard } from "../features/catalog/product-card"
import { toProductCard } from "../features/catalog/product-card-view"
import { useLocale } from "../lib/locale"
import { localePath } from "../lib/paths"
import { seoMeta } from "../lib/seo"
import { findWard } from "../lib/server/addresses.server"
import { fromBackend } from "../lib/server/backend.server"
import { pageContext } from "../lib/server/page.server"
import type { Route } from "./+types/products"

export async function loader({ request, context }: Route.LoaderArgs) {
  const { locale, origin, t, catalog } = await pageContext(request, context)
  const state = readListingState(new URL(request.url).searchParams)
  const result = await fromBackend(() => catalog.listProducts(toApiQuery(state)))
  // An empty search still leads somewhere: the best-rated products as suggestions.
  const fallback =
    result.count === 0 && state.q
      ? (await fromBackend(() => catalog.listProducts({ sort: "stars", limit: 4 }))).products.map(
          toProductCard
        )
      : []
  const title = state.q ? t("meta.searchTitle", { q: state.q }) : t("meta.listingTitle")
  // commune names for the ward facet (the API gives the official codes)
  const wardNames = Object.fromEntries(
    result.facets.wards.map((facet) => [facet.value, findWard(facet.value)?.name ?? facet.value])
  )
  return {
    state,
    result: {
      count: result.count,
      facets: result.facets,
      products: result.products.map(toProductCard),
    },
    wardNames,
    fallback,
    seo: seoMeta({
      title: `${title} · ${t("meta.siteName")}`,
      description: t("meta.listingDescription"),
      origin,
      path: "/products",
      locale,
      siteName: t("meta.siteName"),
      // search results and filtered views are not separate pages for search engines
      noindex: Boolean(state.q),
    }),
  }
}

export const meta: Route.MetaFunction = ({ loaderData }) => loaderData?.seo ?? []

function FacetLink({
  to,
  active,
  children,
  testId,
}: {
  to: string
  active: boolean
  children: React.ReactNode
  testId?: string
}) {
  return (
    <Link
      to={to}
      className={active ? "chip chip-active" : "chip"}
      aria-current={active ? "true" : undefined}
      rel="nofollow"
      preventScrollReset
      data-testid={testId}
    >
      {children}
    </Link>
  )
}

interface FacetItem {
  key: string
  label: React.ReactNode
  count: number
  active: boolean
  to: string
  testId?: string
}

function FacetGroup({ title, items }: { title: string; items: FacetItem[] }) {
  if (items.length === 0) return null
  return (
    <div className="facet">
      <h3>{title}</h3>
      <ul className="chip-list">
        {items.map((item) => (
          <li key={item.key}>
            <FacetLink to={item.to} active={item.active} testId={item.testId}>
              {item.label}
              <span className="chip-count">{item.count}</span>
            </FacetLink>
          </li>
        ))}
      </ul>
    </div>
  )
}

function Facets({
  state,
  facets,
  wardNames,
}: {
  state: ListingState
  facets: StoreOcopProductsResponse["facets"]
  wardNames: Record<string, string>
}) {
  const { t } = useTranslation()
  const locale = useLocale()
  const href = (next: ListingState) => `${localePath(locale, "/products")}${listingSearch(next)}`
  // one value of a single-choice filter: choosing it again clears it
  const single = (name: "group" | "district" | "ward" | "producer", value: string) =>
    href(toggled(state, { [name]: state[name] === value ? null : value }))
  return (
    <section className="facets" aria-label={t("listing.filters")}>
      <h2 className="visually-hidden">{t("listing.filters")}</h2>
      <FacetGroup
        title={t("listing.stars")}
        items={facets.stars.map((facet) => ({
          key: String(facet.value),
          label: `${"★".repeat(facet.value)} ${t("listing.starsOption", { count: facet.value })}`,
          count: facet.count,
          active: state.stars.includes(facet.value),
          to: href(toggleStar(state, facet.value)),
          testId: `facet-stars-${facet.value}`,
        }))}
      />
      <FacetGroup
        title={t("listing.group")}
        items={facets.groups.map((facet) => ({
          key: facet.value,
          label: (locale === "en" ? facet.label_en : facet.label_vi) ?? facet.value,
          count: facet.count,
          active: state.group === facet.value,
          to: single("group", facet.value),
        }))}
      />
      <details
        className="more-facets"
        open={Boolean(state.district || state.ward || state.producer)}
      >
        <summary>{t("listing.moreFilters")}</summary>
        <FacetGroup
          title={t("listing.district")}
          items={facets.legacy_districts.map((facet) => ({
            key: facet.value,
            label: facet.value,
            count: facet.count,
            active: state.district === facet.value,
            to: single("district", facet.value),
          }))}
        />
        <FacetGroup
          title={t("product.ward")}
          items={facets.wards.map((facet) => ({
            key: facet.value,
            label: wardNames[facet.value] ?? facet.value,
            count: facet.count,
            active: state.ward === facet.value,
            to: single("ward", facet.value),
          }))}
        />
        <FacetGroup
          title={t("listing.producer")}
          items={facets.producers.map((facet) => ({
            key: facet.handle,
            label: facet.name,
            count: facet.count,
            active: state.producer === facet.handle,
            to: single("producer", facet.handle),
            testId: `facet-producer-${facet.handle}`,
          }))}
        />
      </details>
    </section>
  )
}

function SortForm({ state }: { state: ListingState }) {
  const { t } = useTranslation()
  const locale = useLocale()
  const submit = useSubmit()
  const sorts = ["relevance", "stars", "price_asc", "price_desc", "newest", "name"] as const
  return (
    <Form
      method="get"
      action={localePath(locale, "/products")}
      className="sort-form"
      preventScrollReset
      onChange={(event) => submit(event.currentTarget, { preventScrollReset: true })}
    >
      {state.q && <input type="hidden" name="q" value={state.q} />}
      {state.stars.length > 0 && <input type="hidden" name="stars" value={state.stars.join(",")} />}
      {state.group && <input type="hidden" name="group" value={state.group} />}
      {state.district && <input type="hidden" name="district" value={state.district} />}
      {state.ward && <input type="hidden" name="ward" value={state.ward} />}
      {state.producer && <input type="hidden" name="producer" value={state.producer} />}
      <label htmlFor="sort">{t("listing.sort")}</label>
      <select id="sort" name="sort" defaultValue={state.sort ?? "relevance"}>
        {sorts.map((sort) => (
          <option key={sort} value={sort}>
            {t(`listing.sorts.${sort}`)}
          </option>
        ))}
      </select>
      <noscript>
        <button type="submit" className="button button-secondary">
          {t("listing.apply")}
        </button>
      </noscript>
    </Form>
  )
}

export default function Products({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation()
  const locale = useLocale()
  const { state, result, fallback, wardNames } = loaderData
  const pages = Math.max(1, Math.ceil(result.count / PAGE_SIZE))
  const filtered =
    state.stars.length > 0 ||
    state.group ||
    state.district ||
    state.ward ||
    state.producer ||
    state.q
  const href = (next: ListingState) => `${localePath(locale, "/products")}${listingSearch(next)}`
  return (
    <>
      <h1>{state.q ? t("meta.searchTitle", { q: state.q }) : t("listing.heading")}</h1>
      <p className="listing-count" data-testid="listing-count">
        {state.q
          ? t("search.resultsFor", { count: result.count, q: state.q })
          : t("listing.count", { count: result.count })}
        {filtered && (
          <>
            {" · "}
            <Link to={localePath(locale, "/products")}>{t("listing.clear")}</Link>
          </>
        )}
      </p>
      <div className="listing-layout">
        <Facets state={state} facets={result.facets} wardNames={wardNames} />
        <div>
          <SortForm state={state} />
          {result.count === 0 ? (
            <div className="empty-state" data-testid="empty-results">
              <p>{state.q ? t("search.noResults", { q: state.q }) : t("listing.empty")}</p>
              {fallback.length > 0 && (
                <>
                  <h2>{t("search.tryThese")}</h2>
                  <ul className="product-grid">
                    {fallback.map((card) => (
                      <ProductCard key={card.id} card={card} />
                    ))}
                  </ul>
                </>
              )}
            </div>
          ) : (
            <ul className="product-grid">
              {result.products.map((card, index) => (
                <ProductCard key={card.id} card={card} eager={index < 2} />
              ))}
            </ul>
          )}
          {pages > 1 && (
            <nav className="pagination" aria-label={t("listing.page", { page: state.page, pages })}>
              {state.page > 1 && (
                <Link to={href({ ...state, page: state.page - 1 })} rel="prev">
                  {t("listing.previous")}
                </Link>
              )}
              <span>{t("listing.page", { page: state.page, pages })}</span>
              {state.page < pages && (
                <Link to={href({ ...state, page: state.page + 1 })} rel="next">
                  {t("listing.next")}
                </Link>
              )}
            </nav>
          )}
        </div>
      </div>
    </>
  )
}
