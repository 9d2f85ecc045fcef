import { useTranslation } from "react-i18next"
import { seoMeta } from "../lib/seo"
import { notFound } from "../lib/server/backend.server"
import { pageContext } from "../lib/server/page.server"
import type { Route } from "./+types/info"

const PAGES = ["shipping", "returns", "alcohol"] as const
type InfoPage = (typeof PAGES)[number]

function isInfoPage(value: string | undefined): value is InfoPage {
  return PAGES.includes(value as InfoPage)
}

/** Shipping, returns and the alcohol notice the law requires a shop to post. */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const page = params.page
  if (!isInfoPage(page)) throw notFound()
  const { locale, origin, t } = await pageContext(request, context)
  return {
    page,
    seo: seoMeta({
      title: `${t(`info.${page}.title`)} · ${t("meta.siteName")}`,
      description: (t(`info.${page}.body`, { returnObjects: true }) as string[])[0] ?? "",
      origin,
      path: `/info/${page}`,
      locale,
      siteName: t("meta.siteName"),
    }),
  }
}

export const meta: Route.MetaFunction = ({ loaderData }) => loaderData?.seo ?? []

export default function Info({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation()
  const paragraphs = t(`info.${loaderData.page}.body`, { returnObjects: true }) as string[]
  return (
    <article className="info-page">
      <h1>{t(`info.${loaderData.page}.title`)}</h1>
      {paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
    </article>
  )
}
