import { formatDateTimeVi } from "@ocop/core"
import type { PosRegister, PosTenderInput } from "@ocop/sdk"
import type { OutboxSale, SaleReceiptData } from "../../db/schema"

/** Everything a printed or shown receipt needs, independent of how it is rendered. */
export interface ReceiptDocument {
  shop: PosRegister["receipt"]
  registerCode: string
  registerName: string
  clerkName: string
  saleNumber: string
  createdAt: string
  lines: SaleReceiptData["lines"]
  gross: number
  discountTotal: number
  total: number
  vatByRate: SaleReceiptData["vatByRate"]
  tenders: PosTenderInput[]
  change: number
  /** Encoded in the receipt's QR: opens this sale on the till (manager look-up). */
  lookupUrl: string
  einvoiceRequested: boolean
  customerPhone: string | null
}

export function buildReceiptDocument(
  sale: OutboxSale,
  register: PosRegister,
  appOrigin: string
): ReceiptDocument {
  return {
    shop: register.receipt,
    registerCode: register.code,
    registerName: register.name,
    clerkName: sale.receipt.clerkName,
    saleNumber: sale.payload.sale_number,
    createdAt: sale.payload.created_at,
    lines: sale.receipt.lines,
    gross: sale.receipt.gross,
    discountTotal: sale.receipt.discountTotal,
    total: sale.receipt.total,
    vatByRate: sale.receipt.vatByRate,
    tenders: sale.payload.tenders,
    change: sale.receipt.change,
    lookupUrl: `${appOrigin}/?sale=${encodeURIComponent(sale.clientId)}`,
    einvoiceRequested: Boolean(sale.payload.einvoice),
    customerPhone: sale.payload.customer?.phone ?? null,
  }
}

export function receiptTime(iso: string): string {
  return formatDateTimeVi(iso)
}
