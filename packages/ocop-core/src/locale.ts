/**
 * Content languages of the shop: Vietnamese first, English second. A request names a BCP 47
 * locale ("en-US", "en", "vi-VN"); OCOP text that we store per language (a producer's story) is
 * picked with these rules, and text without a translation falls back to Vietnamese.
 */
export const CONTENT_LANGUAGES = ["vi", "en"] as const
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number]

/** The store locale each content language is recorded under in Medusa's Translation module. */
export const TRANSLATION_LOCALES: Record<ContentLanguage, string> = { vi: "vi-VN", en: "en-US" }

/** English for any `en` locale ("en", "en-US", "EN-gb"), Vietnamese for everything else. */
export function contentLanguage(locale: string | null | undefined): ContentLanguage {
  const language = (locale ?? "").trim().split(/[-_]/)[0]?.toLowerCase()
  return language === "en" ? "en" : "vi"
}

/** The text in the locale's language; the Vietnamese text when that one is missing or blank. */
export function localizedText(
  texts: { vi: string | null | undefined; en: string | null | undefined },
  locale: string | null | undefined
): string | null {
  const preferred = contentLanguage(locale) === "en" ? texts.en : texts.vi
  if (preferred != null && preferred.trim() !== "") return preferred
  return texts.vi ?? null
}
