import { i18nFor, type Locale, type Messages } from "../../i18n"
import { en } from "../../i18n/en"
import { vi } from "../../i18n/vi"

const MESSAGES: Record<Locale, Messages> = { vi, en }

/** The UI strings of one language (server only: pages receive them from the root loader). */
export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale]
}

/** Translations for a loader (titles, descriptions, structured data). */
export function serverI18n(locale: Locale) {
  return i18nFor(locale, MESSAGES[locale])
}
