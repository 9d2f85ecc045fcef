import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import { type ComponentProps, type ReactNode, useEffect, useMemo, useState } from "react"
import { I18nextProvider } from "react-i18next"
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  type ShouldRevalidateFunction,
  useLocation,
  useRouteLoaderData,
} from "react-router"
import type { Route } from "./+types/root"
import { i18nFor, LOCALE_TAGS } from "./i18n"
import { localeOfPath, localeOfRequest } from "./lib/locale"
import { messagesFor } from "./lib/server/i18n.server"
import { InlineStylesheet } from "./ui/inline-stylesheet"

export const links: Route.LinksFunction = () => [
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
]

/** The UI strings of the page's language, once per document. */
export function loader({ request }: Route.LoaderArgs) {
  const locale = localeOfRequest(request)
  return { locale, messages: messagesFor(locale) }
}

// The strings only change with the language, and switching language loads a new document.
export const shouldRevalidate: ShouldRevalidateFunction = ({ currentUrl, nextUrl }) =>
  localeOfPath(currentUrl.pathname) !== localeOfPath(nextUrl.pathname)

/** The document: language from the URL, one i18n instance and one query cache per render tree. */
export function Layout({ children }: { children: ReactNode }) {
  const pathLocale = localeOfPath(useLocation().pathname)
  const data = useRouteLoaderData<typeof loader>("root")
  const locale = data?.locale ?? pathLocale
  const messages = data?.messages
  const i18n = useMemo(() => (messages ? i18nFor(locale, messages) : null), [locale, messages])
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, retry: 1 } } })
  )
  return (
    <html lang={LOCALE_TAGS[locale].slice(0, 2)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#14532d" />
        <Meta />
        <InlineStylesheet />
        <Links />
      </head>
      <body>
        {/* react-i18next 13 is typed against the workspace's older i18next, the shop runs a newer
            one (it caches plural rules); react-i18next only calls the instance it is given. */}
        {i18n ? (
          <I18nextProvider i18n={i18n as unknown as ComponentProps<typeof I18nextProvider>["i18n"]}>
            <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
          </I18nextProvider>
        ) : (
          // only when the root loader itself failed: nothing to translate with
          <p>Cửa hàng tạm thời gián đoạn. / The shop is briefly unavailable.</p>
        )}
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  )
}

export default function App() {
  // Marks the page interactive: before hydration the shop's forms still work, as plain posts
  // and navigations, so browser tests wait for this mark before they type or click.
  useEffect(() => {
    document.documentElement.dataset.hydrated = ""
  }, [])
  return <Outlet />
}

export { RootErrorBoundary as ErrorBoundary } from "./ui/error-page"
