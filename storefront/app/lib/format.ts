import { formatVnd, VIETNAM_TIME_ZONE } from "@ocop/core"
import type { Locale } from "../i18n"

/** "120.000 ₫" in both languages: prices are Vietnamese đồng, written the Vietnamese way. */
export const formatPrice = formatVnd

const dateFormats: Record<Locale, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat("vi-VN", { timeZone: VIETNAM_TIME_ZONE, dateStyle: "long" }),
  en: new Intl.DateTimeFormat("en-GB", { timeZone: VIETNAM_TIME_ZONE, dateStyle: "long" }),
}

/** A day as Vietnam's calendar shows it, whatever the server's or phone's own time zone. */
export function formatDate(locale: Locale, iso: string): string {
  return dateFormats[locale].format(new Date(iso))
}
