import type { TFunction } from "i18next"
import type { AppLoadContext } from "react-router"
import type { Locale } from "../../i18n"
import { localeOfRequest } from "../locale"
import { backendFor } from "./backend.server"
import type { CatalogReads } from "./catalog-cache.server"
import { customerCookie, readCookie } from "./cookies.server"
import { serverI18n } from "./i18n.server"

/** The public origin of this request (STOREFRONT_PUBLIC_URL wins behind a proxy). */
export function publicOrigin(request: Request): string {
  const configured = process.env.STOREFRONT_PUBLIC_URL?.trim().replace(/\/+$/, "")
  return configured || new URL(request.url).origin
}

export interface PageContext {
  locale: Locale
  origin: string
  t: TFunction
  backend: ReturnType<typeof backendFor>
  /** Listing, product and producer reads: shared briefly between guests, live for customers. */
  catalog: CatalogReads
  customerToken: string | null
  /** The shopper's address, passed on to the backend for its abuse limits. */
  clientAddress: string | null
}

/** What every page loader starts from: language, origin, translations and a backend client. */
export async function pageContext(
  request: Request,
  context: AppLoadContext = {}
): Promise<PageContext> {
  const locale = localeOfRequest(request)
  const customerToken = await readCookie(customerCookie, request)
  const clientAddress = context.clientAddress ?? null
  const backend = backendFor({ locale, customerToken, clientAddress })
  // a customer may see prices of their own groups: only guests share answers
  const catalog =
    context.catalogCache && !customerToken
      ? context.catalogCache.reads(backend.store, locale)
      : backend.store
  return {
    locale,
    origin: publicOrigin(request),
    t: serverI18n(locale).t,
    backend,
    catalog,
    customerToken,
    clientAddress,
  }
}
