import { formatDateTimeVi } from "@ocop/core"
import ReceiptPrinterEncoder from "@point-of-sale/receipt-printer-encoder"
import type { ReceiptDocument } from "./receipt"

/** Characters per line of the usual thermal printers' font A. */
export const PAPER_COLUMNS = { "80mm": 48, "58mm": 32 } as const
export type ReceiptPaper = keyof typeof PAPER_COLUMNS

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu
const LETTER_WITH_MARKS = /\p{L}\p{Mn}+/gu

/**
 * Windows-1258 (the Vietnamese code page thermal printers carry) has â ê ô ă ơ ư đ as single
 * bytes but the five tone marks only as combining characters after the letter. NFC text such as
 * "ý" is therefore rewritten as "y" + U+0301, keeping circumflex, breve and horn composed.
 */
export function toCp1258Text(text: string): string {
  return text.normalize("NFD").replace(LETTER_WITH_MARKS, (cluster) => {
    const tones = cluster.match(TONE_MARKS)?.join("") ?? ""
    return `${cluster.replace(TONE_MARKS, "").normalize("NFC")}${tones}`
  })
}

/** "185.000" — amounts on paper without the currency sign (the header says VND). */
function amount(value: number): string {
  return new Intl.NumberFormat("vi-VN").format(value)
}

const TENDER_LABELS = { cash: "Tiền mặt", vietqr: "Chuyển khoản VietQR", card: "Thẻ" } as const

/**
 * ESC/POS bytes of a receipt for a printer on WebUSB or Web Serial: shop, register, clerk, sale
 * number, lines with OCOP stars, discounts, total, VAT per rate, tenders and change, and a QR
 * to look the sale up. Vietnamese text goes out in code page 1258.
 */
export function encodeReceipt(doc: ReceiptDocument, paper: ReceiptPaper = "80mm"): Uint8Array {
  const columns = PAPER_COLUMNS[paper]
  const t = toCp1258Text
  const encoder = new ReceiptPrinterEncoder({
    language: "esc-pos",
    columns,
    codepageMapping: "epson",
  })
    .initialize()
    .codepage("windows1258")
    .align("center")
    .bold(true)
    .line(t(doc.shop.shop_name))
    .bold(false)
    .line(t(doc.shop.address))
  if (doc.shop.tax_id) encoder.line(t(`MST: ${doc.shop.tax_id}`))
  if (doc.shop.phone) encoder.line(t(`ĐT: ${doc.shop.phone}`))
  encoder
    .newline()
    .bold(true)
    .line(t("HÓA ĐƠN BÁN LẺ"))
    .bold(false)
    .align("left")
    .line(t(`Số: ${doc.saleNumber}   Quầy: ${doc.registerCode}`))
    .line(t(`Thu ngân: ${doc.clerkName}`))
    .line(t(`Lúc: ${formatDateTimeVi(doc.createdAt)}`))
    .rule()
  const money = (label: string, value: number) => [t(label), amount(value)]
  const moneyColumns = [
    { width: columns - 14, align: "left" as const },
    { width: 13, align: "right" as const, marginLeft: 1 },
  ]
  for (const line of doc.lines) {
    const stars = line.stars ? ` ${"*".repeat(line.stars)}` : ""
    const name = [line.title, line.variantTitle].filter(Boolean).join(" - ")
    encoder.line(t(`${name}${stars}`))
    encoder.table(moneyColumns, [
      money(`  ${line.quantity} x ${amount(line.unitPrice)}`, line.quantity * line.unitPrice),
    ])
    if (line.discount) encoder.table(moneyColumns, [money("  Giảm giá", -line.discount)])
  }
  encoder.rule()
  if (doc.discountTotal) {
    encoder.table(moneyColumns, [
      money("Cộng tiền hàng", doc.gross),
      money("Giảm giá", -doc.discountTotal),
    ])
  }
  encoder
    .bold(true)
    .table(moneyColumns, [money("TỔNG CỘNG (VND)", doc.total)])
    .bold(false)
  encoder.table(
    moneyColumns,
    doc.vatByRate.map((rate) => money(`  Trong đó VAT ${rate.ratePercent}%`, rate.vat))
  )
  encoder.rule()
  for (const tender of doc.tenders) {
    const label = TENDER_LABELS[tender.kind]
    encoder.table(moneyColumns, [money(label, tender.received ?? tender.amount)])
    if (tender.reference) encoder.line(t(`  Mã: ${tender.reference}`))
  }
  if (doc.change) encoder.table(moneyColumns, [money("Tiền thối lại", doc.change)])
  if (doc.einvoiceRequested) encoder.line(t("Khách yêu cầu hóa đơn điện tử"))
  encoder.newline().align("center").qrcode(doc.lookupUrl, { model: 2, size: 5, errorlevel: "m" })
  const footer = [doc.shop.footer_vi, doc.shop.footer_en].filter(Boolean).join(" / ")
  if (footer) encoder.line(t(footer))
  return encoder.newline(2).cut("partial").encode()
}
