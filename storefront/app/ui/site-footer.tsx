import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { useLocale } from "../lib/locale"
import { localePath } from "../lib/paths"

export function SiteFooter() {
  const { t } = useTranslation()
  const locale = useLocale()
  return (
    <footer className="site-footer">
      <div className="container">
        <nav aria-label={t("footer.shipping")} className="footer-links">
          <Link to={localePath(locale, "/info/shipping")}>{t("footer.shipping")}</Link>
          <Link to={localePath(locale, "/info/returns")}>{t("footer.returns")}</Link>
          <Link to={localePath(locale, "/info/alcohol")}>{t("footer.alcohol")}</Link>
        </nav>
        <p>{t("footer.stores")}</p>
        <p className="footer-about">{t("footer.about")}</p>
      </div>
    </footer>
  )
}
