import { useTranslation } from "react-i18next"
import { Form, Link, redirect } from "react-router"
import { loadAccount, logout } from "../features/account/account.server"
import { formatDate, formatPrice } from "../lib/format"
import { useLocale } from "../lib/locale"
import { localePath } from "../lib/paths"
import { seoMeta } from "../lib/seo"
import { fromBackend } from "../lib/server/backend.server"
import { pageContext } from "../lib/server/page.server"
import type { Route } from "./+types/account"

export async function loader({ request, context }: Route.LoaderArgs) {
  const ctx = await pageContext(request, context)
  const account = await fromBackend(() => loadAccount(ctx))
  if (!account) throw redirect(localePath(ctx.locale, "/account/login"))
  return {
    account,
    seo: seoMeta({
      title: `${ctx.t("account.title")} · ${ctx.t("meta.siteName")}`,
      description: ctx.t("meta.tagline"),
      origin: ctx.origin,
      path: "/account",
      locale: ctx.locale,
      siteName: ctx.t("meta.siteName"),
      noindex: true,
    }),
  }
}

export const meta: Route.MetaFunction = ({ loaderData }) => loaderData?.seo ?? []

export async function action({ request, context }: Route.ActionArgs) {
  return logout(await pageContext(request, context))
}

export default function Account({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation()
  const locale = useLocale()
  const { account } = loaderData
  return (
    <section className="account-page" data-testid="account">
      <h1>{t("account.title")}</h1>
      <p>
        {account.name} · {account.email}
      </p>
      <h2>{t("account.orders")}</h2>
      {account.orders.length === 0 ? (
        <p>{t("account.noOrders")}</p>
      ) : (
        <ul className="cart-lines">
          {account.orders.map((order) => (
            <li key={order.id} className="cart-line">
              <Link to={localePath(locale, `/orders/${order.id}`)}>#{order.displayId}</Link>
              <span>
                {formatDate(locale, order.createdAt)} · <strong>{formatPrice(order.total)}</strong>
              </span>
            </li>
          ))}
        </ul>
      )}
      <Form method="post">
        <button type="submit" className="button button-secondary">
          {t("account.logout")}
        </button>
      </Form>
    </section>
  )
}
