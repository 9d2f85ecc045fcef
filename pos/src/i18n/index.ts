import i18next from "i18next"
import type { ComponentProps } from "react"
import { type I18nextProvider, initReactI18next } from "react-i18next"
import { en } from "./en"
import { vi } from "./vi"

export type Language = "vi" | "en"
export const LANGUAGE_STORAGE_KEY = "ocop-pos-language"

/** One i18next instance per app root (no module-level instance), Vietnamese first. */
type ProviderI18n = ComponentProps<typeof I18nextProvider>["i18n"]

export function createI18n(language: Language): ProviderI18n {
  const instance = i18next.createInstance()
  void instance.use(initReactI18next).init({
    resources: { vi: { translation: vi }, en: { translation: en } },
    lng: language,
    fallbackLng: "vi",
    interpolation: { escapeValue: false },
    initImmediate: false,
  })
  // react-i18next 13 declares its instance extension against i18next's CommonJS typings while
  // Bundler resolution reads the ESM ones: the same object, two declarations of it
  return instance as unknown as ProviderI18n
}

export function storedLanguage(): Language {
  return globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY) === "en" ? "en" : "vi"
}
