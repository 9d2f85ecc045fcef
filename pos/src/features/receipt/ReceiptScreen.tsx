import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useServices } from "../../app/services"
import type { OutboxSale } from "../../db/schema"
import { readSetting, writeSetting } from "../../db/settings"
import { Button } from "../../ui/Button"
import { useLiveQuery } from "../../ui/hooks"
import { useToast } from "../../ui/Toast"
import { useSession } from "../session/session"
import type { ReceiptPaper as Paper } from "./escpos"
import { printerTransportAvailable, sendToPrinter } from "./printers"
import { ReceiptPaper } from "./ReceiptPaper"
import { buildReceiptDocument } from "./receipt"

export function ReceiptScreen(props: { clientId: string; onNewSale: () => void }) {
  const { t } = useTranslation()
  const { db, appOrigin } = useServices()
  const { pairing } = useSession()
  const toast = useToast()
  const found = useLiveQuery(async () => {
    const entry = await db.outbox.get(props.clientId)
    return { sale: entry?.kind === "sale" ? (entry as OutboxSale) : null }
  }, [props.clientId])
  const sale = found?.sale
  const storedPaper = useLiveQuery(() => readSetting(db, "receiptPaper"), [])
  const [paperChoice, setPaperChoice] = useState<Paper | null>(null)
  const paper = paperChoice ?? storedPaper ?? "80mm"
  if (!found) return null
  if (!sale) {
    return (
      <div className="centered-screen">
        <section className="card narrow-card">
          <p>{t("receipt.notOnThisTablet")}</p>
          <Button variant="primary" size="lg" onClick={props.onNewSale}>
            {t("receipt.newSale")}
          </Button>
        </section>
      </div>
    )
  }
  const doc = buildReceiptDocument(sale, pairing.register, appOrigin)

  const choosePaper = (next: Paper) => {
    setPaperChoice(next)
    void writeSetting(db, "receiptPaper", next)
  }
  const printEscPos = async () => {
    try {
      // the encoder carries every code page table: loaded only when a printer is used
      const { encodeReceipt } = await import("./escpos")
      await sendToPrinter(encodeReceipt(doc, paper))
      toast(t("receipt.printed"), "success")
    } catch (error) {
      toast(t("receipt.printerError", { message: String(error) }), "error")
    }
  }

  return (
    <div className={`receipt-screen print-${paper}`} data-testid="receipt-screen">
      <div className="receipt-scroll">
        <ReceiptPaper doc={doc} paper={paper} />
      </div>
      <aside className="receipt-actions no-print">
        <p
          className={`sync-state ${
            sale.status === "synced" ? "ok" : sale.status === "rejected" ? "refused" : "pending"
          }`}
          data-testid="receipt-sync-state"
        >
          {sale.status === "synced" && sale.result
            ? t("receipt.synced", { id: sale.result.order_display_id })
            : sale.status === "rejected"
              ? t("receipt.refused")
              : t("receipt.pending")}
        </p>
        {doc.change > 0 && (
          <p className="change-callout">
            {t("receipt.change")}:{" "}
            <strong>{new Intl.NumberFormat("vi-VN").format(doc.change)} ₫</strong>
          </p>
        )}
        <div className="segmented">
          {(["80mm", "58mm"] as const).map((option) => (
            <button
              type="button"
              key={option}
              className={paper === option ? "active" : ""}
              onClick={() => choosePaper(option)}
            >
              {option.replace("mm", " mm")}
            </button>
          ))}
        </div>
        <Button size="lg" onClick={() => window.print()}>
          {t("receipt.print")}
        </Button>
        <Button
          size="lg"
          onClick={() => void printEscPos()}
          disabled={!printerTransportAvailable()}
        >
          {t("receipt.printEscPos")}
        </Button>
        <Button variant="pay" size="xl" onClick={props.onNewSale} data-testid="new-sale">
          {t("receipt.newSale")}
        </Button>
      </aside>
    </div>
  )
}
