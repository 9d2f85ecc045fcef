import { useLocation } from "react-router"
import type { Locale } from "../i18n"

/** English pages live under "/en"; every other path is Vietnamese. */
export function localeOfPath(pathname: string): Locale {
  return /^\/en(?:\/|$)/.test(pathname) ? "en" : "vi"
}

export function localeOfRequest(request: Request): Locale {
  return localeOfPath(new URL(request.url).pathname)
}

export function useLocale(): Locale {
  return localeOfPath(useLocation().pathname)
}
