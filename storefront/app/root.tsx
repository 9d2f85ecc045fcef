import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import { type ComponentProps, type ReactNode, useMemo, useState } from "react"
import { I18nextProvider } from "react-i18next"
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useLocation } from "react-router"
import type { Route } from "./+types/root"
import { createI18n, LOCALE_TAGS } from "./i18n"
import { localeOfPath } from "./lib/locale"
import "./styles.css"

export const links: Route.LinksFunction = () => [
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
]

/** The document: language from the URL, one i18n instance and one query cache per render tree. */
export function Layout({ children }: { children: ReactNode }) {
  const locale = localeOfPath(useLocation().pathname)
  const i18n = useMemo(() => createI18n(locale), [locale])
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
        <Links />
      </head>
      <body>
        {/* react-i18next 13's typings augment a different copy of i18next's types than the one
            createInstance is typed from (CJS vs ESM declarations); the object is the same. */}
        <I18nextProvider i18n={i18n as ComponentProps<typeof I18nextProvider>["i18n"]}>
          <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
        </I18nextProvider>
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  )
}

export default function App() {
  return <Outlet />
}

export { RootErrorBoundary as ErrorBoundary } from "./ui/error-page"
