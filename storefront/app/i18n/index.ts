import { createInstance } from "i18next"
import { initReactI18next } from "react-i18next"
import type { Messages } from "./vi"

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

export type { Messages }

/**
 * One i18next instance per render tree (a server request, a browser tab): no shared mutable
 * singleton. The page's language strings come from the root loader, so the JavaScript carries
 * none (a language switch is a new document in the other language).
 */
export function createI18n(locale: Locale, messages: Messages) {
  const instance = createInstance()
  void instance.use(initReactI18next).init({
    resources: { [locale]: { translation: messages } },
    lng: locale,
    fallbackLng: false,
    initImmediate: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  return instance
}

type I18n = ReturnType<typeof createI18n>

const instances = new WeakMap<Messages, I18n>()

/**
 * The instance for one set of strings, made on first use. On the server every request of a
 * language renders with the same strings object, so the instance (never changed after init: no
 * language switch, no resources added) is made once per language rather than once per request;
 * in a browser tab the strings come from the document's loader data, so the tab gets its own.
 */
export function i18nFor(locale: Locale, messages: Messages): I18n {
  let instance = instances.get(messages)
  if (!instance) {
    instance = createI18n(locale, messages)
    instances.set(messages, instance)
  }
  return instance
}
