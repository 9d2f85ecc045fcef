import type { PosRegister, PosSaleInput, PosTenderInput } from "@ocop/sdk"
import type { OutboxSale, PosDatabase, SaleReceiptData } from "../../db/schema"
import { nextSequence } from "../../db/settings"
import { enqueue } from "../outbox/outbox"
import { changeDue, isFullyPaid } from "../tenders/tenders"
import { type Cart, priceCart } from "./cart"

/** The device's reference prefix + "-" + its own counter ("CH1A-000123"). */
export function saleNumber(referencePrefix: string, sequence: number): string {
  return `${referencePrefix}-${String(sequence).padStart(6, "0")}`
}

export interface CommitSaleInput {
  register: PosRegister
  referencePrefix: string
  clerk: { id: string; name: string }
  localShiftId: string
  cart: Cart
  tenders: PosTenderInput[]
  clientId: string
  now: Date
}

/**
 * Commits a paid sale on the tablet before anything else: the sale number and the outbox row are
 * written in one transaction, so a crash leaves either both or neither. From here on the sale is
 * the outbox's to deliver; the receipt can print at once, online or not.
 */
export async function commitSale(db: PosDatabase, input: CommitSaleInput): Promise<OutboxSale> {
  const priced = priceCart(input.cart)
  if (!priced.ok) throw new Error(priced.error)
  const total = priced.value.total
  if (!isFullyPaid(total, input.tenders)) throw new Error("tenders do not pay the total")
  const { cart } = input
  return db.transaction("rw", db.outbox, db.settings, db.catalog, async () => {
    const number = saleNumber(input.referencePrefix, await nextSequence(db, "saleSequence"))
    const payload: PosSaleInput = {
      client_id: input.clientId,
      sale_number: number,
      shift_id: input.localShiftId,
      clerk_id: input.clerk.id,
      created_at: input.now.toISOString(),
      lines: cart.lines.map((line) => ({
        variant_id: line.item.variant_id,
        quantity: line.quantity,
        unit_price: line.item.price,
        discount: line.discount,
      })),
      order_discount: cart.orderDiscount,
      discount_approved_by: cart.discountApprovedBy,
      tenders: input.tenders,
      age_check: cart.ageCheck,
      customer: cart.customer,
      einvoice: cart.einvoice,
    }
    const receipt: SaleReceiptData = {
      registerCode: input.register.code,
      clerkName: input.clerk.name,
      lines: cart.lines.map((line, index) => {
        const pricedLine = priced.value.lines[index]
        return {
          title: line.item.product_title,
          variantTitle: line.item.variant_title,
          stars: line.item.badge ? line.item.stars : null,
          quantity: line.quantity,
          unitPrice: line.item.price,
          discount: (pricedLine?.lineDiscount ?? 0) + (pricedLine?.orderDiscount ?? 0),
          net: pricedLine?.net ?? 0,
          vatRatePercent: line.item.vat_rate_percent ?? 0,
        }
      }),
      gross: priced.value.gross,
      discountTotal: priced.value.discountTotal,
      total,
      vatByRate: priced.value.vatByRate,
      change: changeDue(total, input.tenders),
    }
    await takeLocalStock(db, payload.lines)
    return (await enqueue(db, {
      kind: "sale",
      clientId: input.clientId,
      localShiftId: input.localShiftId,
      payload,
      receipt,
      result: null,
      createdAt: input.now.toISOString(),
    })) as OutboxSale
  })
}

/** Units per variant on the given sale lines. */
export function unitsByVariant(lines: { variant_id: string; quantity: number }[]) {
  const units = new Map<string, number>()
  for (const line of lines) {
    units.set(line.variant_id, (units.get(line.variant_id) ?? 0) + line.quantity)
  }
  return units
}

/**
 * The goods left the counter: the local catalog's stock goes down at once (the grid shows it,
 * offline too). The next catalog sync replaces it with the backend's figure, less what is still
 * queued (see catalog-sync/sync.ts).
 */
async function takeLocalStock(db: PosDatabase, lines: { variant_id: string; quantity: number }[]) {
  for (const [variantId, units] of unitsByVariant(lines)) {
    await db.catalog
      .where("variant_id")
      .equals(variantId)
      .modify((item) => {
        if (item.stock_quantity !== null) item.stock_quantity -= units
      })
  }
}
