import { lazy, Suspense, useEffect, useId, useState } from "react"
import { useTranslation } from "react-i18next"
import { Form, useSearchParams } from "react-router"
import { useLocale } from "../../lib/locale"
import { localePath } from "../../lib/paths"

// Loaded once the visitor starts typing: a page's first load carries no suggestion code.
const SearchSuggestions = lazy(() => import("./search-suggestions"))

const MIN_CHARS = 2

function useDebounced(value: string, ms: number) {
  const [debounced, setDebounced] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms)
    return () => clearTimeout(timer)
  }, [value, ms])
  return debounced
}

/**
 * The search box in the header: a plain GET form to the listing (works without JavaScript), with
 * suggestions as the visitor types ("quyt vang" finds "Quýt vàng Bắc Sơn").
 */
export function SearchBox() {
  const { t } = useTranslation()
  const locale = useLocale()
  const [params] = useSearchParams()
  const [text, setText] = useState(params.get("q") ?? "")
  const [open, setOpen] = useState(false)
  const query = useDebounced(text.trim(), 150)
  const listId = useId()
  const suggesting = open && query.length >= MIN_CHARS
  const inputId = useId()
  return (
    <Form
      method="get"
      action={localePath(locale, "/products")}
      role="search"
      className="search-box"
      onSubmit={() => setOpen(false)}
    >
      <label htmlFor={inputId} className="visually-hidden">
        {t("search.label")}
      </label>
      <input
        id={inputId}
        name="q"
        type="search"
        value={text}
        placeholder={t("search.placeholder")}
        autoComplete="off"
        aria-controls={suggesting ? listId : undefined}
        onChange={(event) => {
          setText(event.target.value)
          setOpen(true)
        }}
        onKeyDown={(event) => {
          if (event.key === "Escape") setOpen(false)
        }}
        onBlur={() => setTimeout(() => setOpen(false), 200)}
        data-testid="search-input"
      />
      <button type="submit" className="button search-submit">
        {t("search.submit")}
      </button>
      {suggesting && (
        <Suspense fallback={null}>
          <SearchSuggestions id={listId} query={query} onChoose={() => setOpen(false)} />
        </Suspense>
      )}
    </Form>
  )
}
