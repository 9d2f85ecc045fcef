import { useTranslation } from "react-i18next"
import { Link, useLocation } from "react-router"
import { SearchBox } from "../features/catalog/search-box"
import { useLocale } from "../lib/locale"
import { localePath, switchLocalePath } from "../lib/paths"

export function SiteHeader({ cartCount }: { cartCount: number }) {
  const { t } = useTranslation()
  const locale = useLocale()
  const location = useLocation()
  const other = locale === "vi" ? "en" : "vi"
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t("nav.skip")}
      </a>
      <div className="container header-row">
        <Link to={localePath(locale, "/")} className="brand">
          <span className="brand-mark" aria-hidden="true">
            ★
          </span>
          {t("meta.siteName")}
        </Link>
        <nav aria-label={t("nav.main")} className="header-nav">
          <Link to={localePath(locale, "/products")}>{t("nav.products")}</Link>
          <Link to={localePath(locale, "/account")}>{t("nav.account")}</Link>
          <Link to={localePath(locale, "/cart")} data-testid="cart-link">
            {cartCount > 0 ? t("nav.cartWithCount", { count: cartCount }) : t("nav.cart")}
          </Link>
          <a
            href={switchLocalePath(location.pathname, location.search, other)}
            hrefLang={other}
            lang={other}
            aria-label={t("nav.switchToLabel")}
            data-testid="language-switch"
          >
            {t("nav.switchTo")}
          </a>
        </nav>
      </div>
      <div className="container">
        <SearchBox />
      </div>
    </header>
  )
}
