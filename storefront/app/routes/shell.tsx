import { Outlet, useRouteLoaderData } from "react-router"
import { readCartCount } from "../lib/server/cookies.server"
import { ErrorContent } from "../ui/error-page"
import { SiteFooter } from "../ui/site-footer"
import { SiteHeader } from "../ui/site-header"
import type { Route } from "./+types/shell"

/** A page's error status travels with its headers (Retry-After on the 503 page). */
export const headers: Route.HeadersFunction = ({ errorHeaders, loaderHeaders }) =>
  errorHeaders ?? loaderHeaders

/** Header, footer and the cart count (from a cookie: no backend call for the chrome). */
export async function loader({ request }: Route.LoaderArgs) {
  return { cartCount: await readCartCount(request) }
}

function Chrome({ children }: { children: React.ReactNode }) {
  const vi = useRouteLoaderData<typeof loader>("vi")
  const en = useRouteLoaderData<typeof loader>("en")
  return (
    <>
      <SiteHeader cartCount={(vi ?? en)?.cartCount ?? 0} />
      <main id="main" className="container" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter />
    </>
  )
}

export default function Shell() {
  return (
    <Chrome>
      <Outlet />
    </Chrome>
  )
}

export function ErrorBoundary() {
  return (
    <Chrome>
      <ErrorContent />
    </Chrome>
  )
}
