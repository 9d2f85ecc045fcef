import type { StoreOcopSuggestionsResponse } from "@ocop/sdk"
import { useQuery } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { useLocale } from "../../lib/locale"
import { productPath } from "../../lib/paths"

/** Products whose names match what the visitor has typed so far, best first. */
export default function SearchSuggestions({
  id,
  query,
  onChoose,
}: {
  id: string
  query: string
  onChoose: () => void
}) {
  const { t } = useTranslation()
  const locale = useLocale()
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
    staleTime: 60_000,
  })
  const suggestions = data ?? []
  return (
    <ul id={id} className="suggestions" hidden={suggestions.length === 0} data-testid="suggestions">
      {suggestions.map((suggestion) => (
        <li key={suggestion.handle}>
          <Link to={productPath(locale, suggestion.handle)} onClick={onChoose}>
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
  )
}
