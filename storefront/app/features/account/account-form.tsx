import { useTranslation } from "react-i18next"
import { Form, Link } from "react-router"
import { useLocale } from "../../lib/locale"
import { localePath } from "../../lib/paths"
import { Field } from "../checkout/field"
import type { AccountFailure } from "./account.server"

/** Sign-in and registration share one form: registration adds the name. */
export function AccountForm({
  mode,
  failure,
}: {
  mode: "login" | "register"
  failure?: AccountFailure
}) {
  const { t } = useTranslation()
  const locale = useLocale()
  return (
    <Form method="post" className="account-form" noValidate>
      <h1>{t(`account.${mode}Title`)}</h1>
      {failure && (
        <p className="notice notice-warning" role="alert">
          {t(`account.errors.${failure.error}`)}
        </p>
      )}
      {mode === "register" && (
        <>
          <Field
            name="first_name"
            label={t("account.firstName")}
            autoComplete="given-name"
            required
          />
          <Field name="last_name" label={t("account.lastName")} autoComplete="family-name" />
        </>
      )}
      <Field
        name="email"
        type="email"
        label={t("checkout.email")}
        autoComplete="email"
        defaultValue={failure?.email}
        required
      />
      <Field
        name="password"
        type="password"
        label={t("account.password")}
        autoComplete={mode === "login" ? "current-password" : "new-password"}
        hint={mode === "register" ? t("account.passwordHint") : undefined}
        required
      />
      <button type="submit" className="button button-large">
        {t(`account.${mode}Submit`)}
      </button>
      <p>
        {mode === "login" ? (
          <Link to={localePath(locale, "/account/register")}>{t("account.noAccount")}</Link>
        ) : (
          <Link to={localePath(locale, "/account/login")}>{t("account.haveAccount")}</Link>
        )}
      </p>
    </Form>
  )
}
