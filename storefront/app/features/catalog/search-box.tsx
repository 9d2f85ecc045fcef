import type { StoreOcopSuggestionsResponse } from "@ocop/sdk"
import { useQuery } from "@tanstack/react-query"
import { useEffect, useId, useState } from "react"
import { useTranslation } from "react-i18next"
import { Form, Link, useSearchParams } from "react-router"
import { useLocale } from "../../lib/locale"
import { localePath, productPath } from "../../lib/paths"

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
  const inputId = useId()
  const { data } = useQuery({
    queryKey: ["suggestions", locale, query],
    queryFn: async ({ signal }) => {
      const response = await fetch(
        `/api/suggestions?${new URLSearchParams({ q: query, locale })}`,
        { signal }
      )
      if (!response.ok) return []
      return ((await response.json()) as StoreOcopSuggestionsResponse).suggestions
    },
    enabled: open && query.length >= MIN_CHARS,
    staleTime: 60_000,
  })
  const suggestions = open && query.length >= MIN_CHARS ? (data ?? []) : []
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
        aria-controls={listId}
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
      <ul
        id={listId}
        className="suggestions"
        hidden={suggestions.length === 0}
        data-testid="suggestions"
      >
        {suggestions.map((suggestion) => (
          <li key={suggestion.handle}>
            <Link to={productPath(locale, suggestion.handle)} onClick={() => setOpen(false)}>
              {suggestion.title}
              {suggestion.stars !== null && (
                <span className="suggestion-stars">
                  {" "}
                  <span aria-hidden="true">{"★".repeat(suggestion.stars)}</span>
                  <span className="visually-hidden">
                    {t("ocop.starsLabel", { count: suggestion.stars })}
                  </span>
                </span>
              )}
            </Link>
          </li>
        ))}
      </ul>
    </Form>
  )
}
