import { publicOrigin } from "../lib/server/page.server"
import type { Route } from "./+types/robots"

/** Crawl everything but the visitor's own pages; the sitemap lists the catalog. */
export function loader({ request }: Route.LoaderArgs) {
  const origin = publicOrigin(request)
  const body = [
    "User-agent: *",
    "Disallow: /cart",
    "Disallow: /checkout",
    "Disallow: /account",
    "Disallow: /orders/",
    "Disallow: /en/cart",
    "Disallow: /en/checkout",
    "Disallow: /en/account",
    "Disallow: /en/orders/",
    "Disallow: /api/",
    `Sitemap: ${origin}/sitemap.xml`,
    "",
  ].join("\n")
  return new Response(body, {
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "public, max-age=3600",
    },
  })
}
