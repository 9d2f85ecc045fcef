import type { MetaDescriptor } from "react-router"
import { LOCALE_TAGS, LOCALES, type Locale } from "../i18n"
import { localePath } from "./paths"

export interface PageSeo {
  title: string
  description: string
  /** The site's public origin, e.g. "https://ocop.example" (from the request). */
  origin: string
  /** Path of the page without the language prefix, e.g. "/products/quyt-vang-bac-son". */
  path: string
  locale: Locale
  image?: string | null
  type?: "website" | "product"
  siteName: string
  /** Pages that must not be indexed (cart, checkout, account, orders). */
  noindex?: boolean
}

/** Title, description, canonical, hreflang alternates and Open Graph tags of one page. */
export function seoMeta(page: PageSeo): MetaDescriptor[] {
  const url = (locale: Locale) => `${page.origin}${localePath(locale, page.path)}`
  const tags: MetaDescriptor[] = [
    { title: page.title },
    { name: "description", content: page.description },
    { tagName: "link", rel: "canonical", href: url(page.locale) },
    ...LOCALES.map((locale) => ({
      tagName: "link",
      rel: "alternate",
      hrefLang: LOCALE_TAGS[locale].slice(0, 2),
      href: url(locale),
    })),
    { tagName: "link", rel: "alternate", hrefLang: "x-default", href: url("vi") },
    { property: "og:title", content: page.title },
    { property: "og:description", content: page.description },
    { property: "og:url", content: url(page.locale) },
    { property: "og:type", content: page.type ?? "website" },
    { property: "og:site_name", content: page.siteName },
    { property: "og:locale", content: LOCALE_TAGS[page.locale].replace("-", "_") },
    { name: "twitter:card", content: page.image ? "summary_large_image" : "summary" },
  ]
  if (page.image) tags.push({ property: "og:image", content: absolute(page.origin, page.image) })
  if (page.noindex) tags.push({ name: "robots", content: "noindex" })
  return tags
}

export function absolute(origin: string, url: string): string {
  return /^https?:\/\//.test(url) ? url : `${origin}${url.startsWith("/") ? "" : "/"}${url}`
}
