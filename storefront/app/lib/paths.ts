import { DEFAULT_LOCALE, type Locale } from "../i18n"

/** "/products" in Vietnamese is "/en/products" in English; the home page is "/" or "/en". */
export function localePath(locale: Locale, path: string): string {
  const clean = path.startsWith("/") ? path : `/${path}`
  if (locale === DEFAULT_LOCALE) return clean
  return clean === "/" ? `/${locale}` : `/${locale}${clean}`
}

/** The same page in the other language (keeps the query string). */
export function switchLocalePath(pathname: string, search: string, to: Locale): string {
  const bare = pathname.replace(/^\/en(?=\/|$)/, "") || "/"
  return `${localePath(to, bare)}${search}`
}

export const productPath = (locale: Locale, handle: string) =>
  localePath(locale, `/products/${encodeURIComponent(handle)}`)
export const producerPath = (locale: Locale, handle: string) =>
  localePath(locale, `/producers/${encodeURIComponent(handle)}`)
