import { isLocale } from "../i18n"
import { backendFor } from "../lib/server/backend.server"
import type { Route } from "./+types/api.suggestions"

/** Search-as-you-type for the header box: a few titles, best match first. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const url = new URL(request.url)
  const q = url.searchParams.get("q")?.trim().normalize("NFC") ?? ""
  const lang = url.searchParams.get("locale")
  const locale = isLocale(lang) ? lang : "vi"
  if (q.length < 2 || q.length > 100) return Response.json({ suggestions: [] })
  try {
    const store = backendFor({ locale, clientAddress: context.clientAddress }).store
    const reads = context.catalogCache?.reads(store, locale) ?? store
    const { suggestions } = await reads.suggest({ q, limit: 6 })
    return Response.json({ suggestions }, { headers: { "Cache-Control": "public, max-age=60" } })
  } catch {
    return Response.json({ suggestions: [] }, { status: 503 })
  }
}
