import { useTranslation } from "react-i18next"
import { isRouteErrorResponse, Link, useLocation, useRouteError } from "react-router"
import { useLocale } from "../lib/locale"
import { localePath } from "../lib/paths"

type ErrorKind = "not_found" | "unavailable" | "generic"

function errorKind(error: unknown): ErrorKind {
  if (isRouteErrorResponse(error)) {
    if (error.status === 404) return "not_found"
    if (error.status === 503) return "unavailable"
  }
  return "generic"
}

/**
 * What a visitor sees when a page cannot be shown: a plain explanation and a way on (retry or
 * home). The status code travels with the response (404, 503); no stack trace is ever shown.
 */
export function ErrorContent() {
  const error = useRouteError()
  const { t } = useTranslation()
  const locale = useLocale()
  const location = useLocation()
  const kind = errorKind(error)
  const [title, text] =
    kind === "not_found"
      ? [t("errors.notFoundTitle"), t("errors.notFoundText")]
      : kind === "unavailable"
        ? [t("errors.unavailableTitle"), t("errors.unavailableText")]
        : [t("errors.genericTitle"), t("errors.genericText")]
  return (
    <section className="error-page" data-testid={`error-${kind}`}>
      <h1>{title}</h1>
      <p>{text}</p>
      <p className="error-actions">
        {kind !== "not_found" && (
          // a full reload: the retry must ask the server again, not reuse what failed
          <a className="button" href={`${location.pathname}${location.search}`}>
            {t("errors.retry")}
          </a>
        )}
        <Link className="button button-secondary" to={localePath(locale, "/")}>
          {t("errors.backHome")}
        </Link>
      </p>
    </section>
  )
}

/** Errors above the page shell (the shell itself failed): the message alone in the document. */
export function RootErrorBoundary() {
  return (
    <main id="main" className="container">
      <ErrorContent />
    </main>
  )
}
