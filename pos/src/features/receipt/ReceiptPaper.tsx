import { useTranslation } from "react-i18next"
import { money } from "../../ui/format"
import { QrCode } from "../../ui/QrCode"
import type { ReceiptPaper as Paper } from "./escpos"
import { type ReceiptDocument, receiptTime } from "./receipt"

/** The receipt as HTML: shown on screen and printed by the print CSS on 80 or 58 mm paper. */
export function ReceiptPaper(props: { doc: ReceiptDocument; paper: Paper }) {
  const { t } = useTranslation()
  const { doc } = props
  return (
    <article className={`receipt paper-${props.paper}`} data-testid="receipt">
      <header className="receipt-head">
        <strong className="receipt-shop">{doc.shop.shop_name}</strong>
        <span>{doc.shop.address}</span>
        {doc.shop.tax_id && (
          <span>
            {t("receipt.tax")}: {doc.shop.tax_id}
          </span>
        )}
        {doc.shop.phone && (
          <span>
            {t("receipt.phone")}: {doc.shop.phone}
          </span>
        )}
        <strong className="receipt-title">{t("receipt.title")}</strong>
      </header>
      <dl className="receipt-meta">
        <div>
          <dt>{t("receipt.sale")}</dt>
          <dd data-testid="receipt-sale-number">{doc.saleNumber}</dd>
        </div>
        <div>
          <dt>{t("receipt.register")}</dt>
          <dd>{doc.registerCode}</dd>
        </div>
        <div>
          <dt>{t("receipt.clerk")}</dt>
          <dd>{doc.clerkName}</dd>
        </div>
        <div>
          <dt>{t("receipt.at")}</dt>
          <dd>{receiptTime(doc.createdAt)}</dd>
        </div>
      </dl>
      <ol className="receipt-lines">
        {doc.lines.map((line, index) => (
          <li key={`${line.title}-${String(index)}`}>
            <span className="receipt-line-name">
              {line.title}
              {line.variantTitle ? ` – ${line.variantTitle}` : ""}
              {line.stars ? <span className="receipt-stars"> {"★".repeat(line.stars)}</span> : null}
            </span>
            <span className="receipt-line-calc">
              <span>
                {line.quantity} × {money(line.unitPrice)}
              </span>
              <span>{money(line.quantity * line.unitPrice)}</span>
            </span>
            {line.discount > 0 && (
              <span className="receipt-line-calc">
                <span>{t("receipt.discount")}</span>
                <span>−{money(line.discount)}</span>
              </span>
            )}
          </li>
        ))}
      </ol>
      <dl className="receipt-totals">
        {doc.discountTotal > 0 && (
          <>
            <div>
              <dt>{t("receipt.gross")}</dt>
              <dd>{money(doc.gross)}</dd>
            </div>
            <div>
              <dt>{t("receipt.discount")}</dt>
              <dd>−{money(doc.discountTotal)}</dd>
            </div>
          </>
        )}
        <div className="receipt-total">
          <dt>{t("receipt.total")}</dt>
          <dd data-testid="receipt-total">{money(doc.total)}</dd>
        </div>
        {doc.vatByRate.map((rate) => (
          <div key={rate.ratePercent} className="receipt-vat">
            <dt>{t("receipt.vat", { rate: rate.ratePercent })}</dt>
            <dd>{money(rate.vat)}</dd>
          </div>
        ))}
      </dl>
      <dl className="receipt-tenders">
        {doc.tenders.map((tender, index) => (
          <div key={`${tender.kind}-${String(index)}`}>
            <dt>
              {t(`tender.${tender.kind}`)}
              {tender.reference ? ` · ${tender.reference}` : ""}
            </dt>
            <dd>{money(tender.received ?? tender.amount)}</dd>
          </div>
        ))}
        {doc.change > 0 && (
          <div className="receipt-change">
            <dt>{t("receipt.change")}</dt>
            <dd data-testid="receipt-change">{money(doc.change)}</dd>
          </div>
        )}
      </dl>
      {doc.einvoiceRequested && <p className="receipt-note">{t("receipt.einvoice")}</p>}
      <footer className="receipt-foot">
        <QrCode value={doc.lookupUrl} size={112} label={t("receipt.lookup")} />
        <small>{t("receipt.lookup")}</small>
        {doc.shop.footer_vi && <span>{doc.shop.footer_vi}</span>}
        {doc.shop.footer_en && <span className="muted">{doc.shop.footer_en}</span>}
      </footer>
    </article>
  )
}
