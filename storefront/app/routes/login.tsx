import { login } from "../features/account/account.server"
import { AccountForm } from "../features/account/account-form"
import { seoMeta } from "../lib/seo"
import { pageContext } from "../lib/server/page.server"
import type { Route } from "./+types/login"

export async function loader({ request, context }: Route.LoaderArgs) {
  const { locale, origin, t } = await pageContext(request, context)
  const title = `${t("account.loginTitle")} · ${t("meta.siteName")}`
  return {
    seo: seoMeta({
      title,
      description: t("meta.tagline"),
      origin,
      path: "/account/login",
      locale,
      siteName: t("meta.siteName"),
      noindex: true,
    }),
  }
}

export const meta: Route.MetaFunction = ({ loaderData }) => loaderData?.seo ?? []

export async function action({ request, context }: Route.ActionArgs) {
  return login(request, await pageContext(request, context))
}

export default function Login({ actionData }: Route.ComponentProps) {
  return <AccountForm mode="login" failure={actionData} />
}
