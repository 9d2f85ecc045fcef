import type { PosZReport } from "@ocop/sdk"
import { useTranslation } from "react-i18next"
import { clockTime, money } from "../../ui/format"

export function ZReportView(props: { report: PosZReport }) {
  const { t } = useTranslation()
  const { report } = props
  const kinds = ["cash", "vietqr", "card"] as const
  return (
    <article className="z-report" data-testid="z-report">
      <h3>
        {t("shift.zReport")} · {report.register_code}
      </h3>
      <p className="muted">
        {clockTime(report.opened_at)} → {clockTime(report.closed_at)}
      </p>
      <dl className="kv">
        <div>
          <dt>{t("shift.sales")}</dt>
          <dd>{report.sale_count}</dd>
        </div>
        <div>
          <dt>{t("shift.gross")}</dt>
          <dd>{money(report.gross_total)}</dd>
        </div>
        <div>
          <dt>{t("shift.discounts")}</dt>
          <dd>{money(report.discount_total)}</dd>
        </div>
        {report.vat_by_rate.map((rate) => (
          <div key={rate.rate_percent}>
            <dt>VAT {rate.rate_percent}%</dt>
            <dd>{money(rate.vat)}</dd>
          </div>
        ))}
      </dl>
      <table className="z-table">
        <thead>
          <tr>
            <th />
            <th>{t("shift.expected")}</th>
            <th>{t("shift.countedShort")}</th>
            <th>{t("shift.difference")}</th>
          </tr>
        </thead>
        <tbody>
          {kinds.map((kind) => (
            <tr key={kind}>
              <th>{t(`tender.${kind}`)}</th>
              <td>{money(report.expected[kind])}</td>
              <td>{money(report.counted[kind])}</td>
              <td className={report.difference[kind] ? "diff" : ""}>
                {money(report.difference[kind])}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  )
}
