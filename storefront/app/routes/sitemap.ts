import type { StoreOcopProduct } from "@ocop/sdk"
import { LOCALE_TAGS, LOCALES, type Locale } from "../i18n"
import { localePath } from "../lib/paths"
import { backendErrorResponse, backendFor } from "../lib/server/backend.server"
import { publicOrigin } from "../lib/server/page.server"
import type { Route } from "./+types/sitemap"

const PAGE = 100

function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
}

/** One <url> per page and language, each listing its language alternates (hreflang). */
function urlEntry(origin: string, path: string): string {
  const href = (locale: Locale) => escapeXml(`${origin}${localePath(locale, path)}`)
  const alternates = LOCALES.map(
    (locale) =>
      `<xhtml:link rel="alternate" hreflang="${LOCALE_TAGS[locale].slice(0, 2)}" href="${href(locale)}"/>`
  ).join("")
  return LOCALES.map((locale) => `<url><loc>${href(locale)}</loc>${alternates}</url>`).join("\n")
}

/** sitemap.xml from the live catalog: home, listing, every product and producer, info pages. */
export async function loader({ request }: Route.LoaderArgs) {
  const origin = publicOrigin(request)
  const backend = backendFor({ locale: "vi" })
  try {
    const products: StoreOcopProduct[] = []
    for (let offset = 0; ; offset += PAGE) {
      const page = await backend.store.listProducts({ limit: PAGE, offset, sort: "name" })
      products.push(...page.products)
      if (page.products.length < PAGE || products.length >= page.count) break
    }
    const { producers } = await backend.store.listProducers({ limit: 100 })
    const paths = [
      "/",
      "/products",
      ...products.map((product) => `/products/${encodeURIComponent(product.handle)}`),
      ...producers.map((producer) => `/producers/${encodeURIComponent(producer.handle)}`),
      "/info/shipping",
      "/info/returns",
      "/info/alcohol",
    ]
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${paths.map((path) => urlEntry(origin, path)).join("\n")}
</urlset>
`
    return new Response(xml, {
      headers: {
        "Content-Type": "application/xml; charset=utf-8",
        "Cache-Control": "public, max-age=600",
      },
    })
  } catch (error) {
    throw backendErrorResponse(error)
  }
}
