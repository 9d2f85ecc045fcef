import { formatVnd, VIETNAM_TIME_ZONE } from "@ocop/core"
import type { Locale } from "../i18n"

/** "120.000 ₫" in both languages: prices are Vietnamese đồng, written the Vietnamese way. */
export const formatPrice = formatVnd

// Made on first use, not when the module loads: a browser's first date format with a time zone
// loads locale and zone data, a cost only the pages that show a date should pay.
const dateFormats: Partial<Record<Locale, Intl.DateTimeFormat>> = {}

function dateFormat(locale: Locale): Intl.DateTimeFormat {
  dateFormats[locale] ??= new Intl.DateTimeFormat(locale === "vi" ? "vi-VN" : "en-GB", {
    timeZone: VIETNAM_TIME_ZONE,
    dateStyle: "long",
  })
  return dateFormats[locale]
}

/** A day as Vietnam's calendar shows it, whatever the server's or phone's own time zone. */
export function formatDate(locale: Locale, iso: string): string {
  return dateFormat(locale).format(new Date(iso))
}

/**
 * An address on one line, ward then province. A part equal to the one before it is left out: a
 * shop's address that names the city for its ward reads "Lạng Sơn", not "Lạng Sơn, Lạng Sơn".
 */
export function addressText(parts: readonly (string | null | undefined)[]): string {
  const kept: string[] = []
  for (const part of parts) {
    const text = part?.trim()
    if (!text) continue
    const previous = kept[kept.length - 1]
    if (previous?.localeCompare(text, "vi", { sensitivity: "accent" }) === 0) continue
    kept.push(text)
  }
  return kept.join(", ")
}
