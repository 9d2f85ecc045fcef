import type { TFunction } from "i18next"
import type { Locale } from "../../i18n"
import { localeOfRequest } from "../locale"
import { backendFor } from "./backend.server"
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
  customerToken: string | null
}

/** What every page loader starts from: language, origin, translations and a backend client. */
export async function pageContext(request: Request): Promise<PageContext> {
  const locale = localeOfRequest(request)
  const customerToken = await readCookie(customerCookie, request)
  return {
    locale,
    origin: publicOrigin(request),
    t: serverI18n(locale).t,
    backend: backendFor({ locale, customerToken }),
    customerToken,
  }
}
