import { createInstance } from "i18next"
import { initReactI18next } from "react-i18next"
import { en } from "./en"
import { vi } from "./vi"

export const LOCALES = ["vi", "en"] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = "vi"

/** BCP 47 tags: the `lang` attribute, hreflang and Medusa's `x-medusa-locale`. */
export const LOCALE_TAGS: Record<Locale, string> = { vi: "vi-VN", en: "en-US" }

export function isLocale(value: unknown): value is Locale {
  return value === "vi" || value === "en"
}

/** The URL's first segment picks English ("/en/…"); everything else is Vietnamese. */
export function localeFromParam(lang: string | undefined): Locale | null {
  if (lang === undefined) return DEFAULT_LOCALE
  return lang === "en" ? "en" : null
}

/**
 * One i18next instance per server request and one per browser tab (no shared mutable singleton).
 * Both languages ship: the English strings cost ~3 KB gzipped and make the switch instant.
 */
export function createI18n(locale: Locale) {
  const instance = createInstance()
  void instance.use(initReactI18next).init({
    resources: { vi: { translation: vi }, en: { translation: en } },
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    initImmediate: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  return instance
}
