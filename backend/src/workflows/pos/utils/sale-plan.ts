import type { CreateOrderDTO } from "@medusajs/framework/types"
import {
  checkTenders,
  discountNeedsApproval,
  isPromotionBanned,
  priceSale,
  requiresAgeCheck,
  type VatCategory,
  validateTaxId,
  vatRateAt,
} from "@ocop/core"
import type { PosSaleInput, PosTenderKind } from "@ocop/sdk"

/**
 * Turns a till's sale into what the workflow writes, repeating every rule the tablet applied:
 * known variants sold by this register, the shared pricing rule (no discount on alcohol ≥ 15 %
 * ABV, amounts to the đồng), tenders paying the total exactly, the ID check for alcohol, a
 * manager's approval above the register's discount threshold, clerks of this register. Pure, so
 * the rules are tested without a database; refusals name the field as the contract says.
 */

export interface PlanRegister {
  id: string
  code: string
  sales_channel_id: string
  stock_location_id: string
  region_id: string
  currency_code: string
  discount_approval_percent: number
}

export interface PlanClerk {
  id: string
  register_id: string
  role: "clerk" | "manager"
}

export interface PlanVariant {
  id: string
  title: string | null
  sku: string | null
  barcode: string | null
  product_id: string
  product_title: string
  thumbnail: string | null
  manage_inventory: boolean
  inventory_items: { inventory_item_id: string; required_quantity: number }[]
  /** Sold in the register's sales channel. */
  in_channel: boolean
  /** Today's list price in the register's region (VAT-inclusive), null when none. */
  list_price: number | null
  is_alcohol: boolean
  abv: number | null
  vat_category: string
}

export interface PlanShift {
  id: string
  client_id: string
  register_id: string
  status: "open" | "closed"
}

export interface SaleFacts {
  register: PlanRegister
  shift: PlanShift | null
  clerks: PlanClerk[]
  variants: PlanVariant[]
}

export interface PlannedTender {
  kind: PosTenderKind
  amount: number
  received: number | null
  reference: string | null
  confirmed_offline: boolean
}

export interface PlannedHandOver {
  /** Index of the line in the sale (the order item carries it in metadata.pos_line). */
  line: number
  variant_id: string
  title: string
  quantity: number
  /** Units of each inventory item this line takes from the location (none if not tracked). */
  inventory: { inventory_item_id: string; quantity: number }[]
}

/** A buyer's VAT e-invoice request, filed with the order for the shop's e-invoice provider. */
export interface PlannedEinvoice {
  buyer_tax_id: string
  tax_id_kind: string
  company_name: string | null
  buyer_name: string | null
  address: string
  email: string
}

export interface SalePlan {
  register_id: string
  register_code: string
  stock_location_id: string
  shift_id: string
  total: number
  vat_total: number
  discount_total: number
  change_due: number
  vat_by_rate: { rate_percent: number; vat: number; gross: number }[]
  tenders: PlannedTender[]
  order: CreateOrderDTO
  hand_over: PlannedHandOver[]
  einvoice: PlannedEinvoice | null
}

export class SaleRefusal extends Error {
  constructor(
    message: string,
    /** forbidden: the sale names another register's shift or clerk. */
    readonly kind: "invalid" | "forbidden" = "invalid"
  ) {
    super(message)
  }
}

function refuse(message: string, kind: "invalid" | "forbidden" = "invalid"): never {
  throw new SaleRefusal(message, kind)
}

/** VAT of a category on the sale's day; an unknown category sells at the standard rate. */
function vatRate(category: string, day: Date): number {
  try {
    return vatRateAt(category as VatCategory, day)
  } catch {
    return vatRateAt("standard", day)
  }
}

function registerClerk(facts: SaleFacts, clerkId: string, field: string): PlanClerk {
  const clerk = facts.clerks.find((candidate) => candidate.id === clerkId)
  if (!clerk || clerk.register_id !== facts.register.id) {
    refuse(`${field}: ${clerkId} is not a clerk of register ${facts.register.code}`)
  }
  return clerk
}

/** A counter VietQR reference: register code, the tablet's letter, six digits ("CH1A000123"). */
export function isCounterReference(registerCode: string, reference: string): boolean {
  return new RegExp(`^${registerCode}[A-Z][0-9]{6}$`).test(reference)
}

export function planPosSale(sale: PosSaleInput, facts: SaleFacts): SalePlan {
  const { register } = facts
  const shift = facts.shift
  if (!shift) refuse(`shift_id: no shift ${sale.shift_id}; open the shift first`)
  if (shift.register_id !== register.id) {
    refuse(`shift_id: ${sale.shift_id} is another register's shift`, "forbidden")
  }
  if (shift.status !== "open") refuse(`shift_id: shift ${sale.shift_id} is already closed`)
  registerClerk(facts, sale.clerk_id, "clerk_id")

  const rungUpAt = new Date(sale.created_at)
  const lines = sale.lines.map((line, index) => {
    const variant = facts.variants.find((candidate) => candidate.id === line.variant_id)
    if (!variant) refuse(`lines.${index}.variant_id: unknown variant ${line.variant_id}`)
    if (!variant.in_channel) {
      refuse(
        `lines.${index}.variant_id: ${line.variant_id} is not sold at register ${register.code}`
      )
    }
    return { line, variant }
  })
  const priced = priceSale(
    lines.map(({ line, variant }) => ({
      unitPrice: line.unit_price,
      quantity: line.quantity,
      vatRatePercent: vatRate(variant.vat_category, rungUpAt),
      promotionBanned: isPromotionBanned(variant),
      discount: line.discount ?? null,
    })),
    sale.order_discount ?? null
  )
  if (!priced.ok) refuse(priced.error)
  const pricing = priced.value

  const change = checkTenders(pricing.total, sale.tenders)
  if (!change.ok) refuse(change.error)
  sale.tenders.forEach((tender, index) => {
    const reference = tender.reference ?? ""
    if (tender.kind === "vietqr" && !isCounterReference(register.code, reference)) {
      refuse(
        `tenders.${index}.reference: a VietQR tender needs the register's reference ` +
          `(${register.code} + tablet letter + 6 digits)`
      )
    }
    if (tender.kind === "card" && reference.length === 0) {
      refuse(`tenders.${index}.reference: a card tender needs the terminal slip's reference`)
    }
    if (tender.kind !== "vietqr" && tender.confirmed_offline) {
      refuse(`tenders.${index}.confirmed_offline: only a VietQR transfer is confirmed offline`)
    }
  })
  const references = sale.tenders.flatMap((tender) =>
    tender.kind === "vietqr" && tender.reference ? [tender.reference] : []
  )
  if (new Set(references).size !== references.length) {
    refuse("tenders: one VietQR reference pays one tender")
  }

  if (lines.some(({ variant }) => requiresAgeCheck(variant))) {
    if (!sale.age_check) refuse("age_check: the buyer's ID check is required for alcohol")
    registerClerk(facts, sale.age_check.checked_by, "age_check.checked_by")
  }
  if (discountNeedsApproval(pricing, register.discount_approval_percent)) {
    if (!sale.discount_approved_by) {
      refuse(
        `discount_approved_by: discounts above ${register.discount_approval_percent} % need a manager's approval`
      )
    }
    const approver = registerClerk(facts, sale.discount_approved_by, "discount_approved_by")
    if (approver.role !== "manager") {
      refuse(`discount_approved_by: ${approver.id} is not a manager of register ${register.code}`)
    }
  }

  let einvoice: PlannedEinvoice | null = null
  if (sale.einvoice) {
    const taxId = validateTaxId(sale.einvoice.tax_id)
    if (!taxId.ok) refuse(`einvoice.tax_id: ${taxId.error}`)
    if (sale.einvoice.kind === "company" && taxId.kind === "personal") {
      refuse("einvoice.tax_id: a company invoice needs the company's 10-digit tax code")
    }
    einvoice = {
      buyer_tax_id: taxId.value,
      tax_id_kind: taxId.kind,
      company_name: sale.einvoice.kind === "company" ? sale.einvoice.name.normalize("NFC") : null,
      buyer_name:
        (
          sale.einvoice.buyer_name ??
          (sale.einvoice.kind === "personal" ? sale.einvoice.name : null)
        )?.normalize("NFC") ?? null,
      address: sale.einvoice.address.normalize("NFC"),
      email: sale.einvoice.email.toLowerCase(),
    }
  }

  const vatByRate = pricing.vatByRate.map((rate) => ({
    rate_percent: rate.ratePercent,
    vat: rate.vat,
    gross: rate.gross,
  }))
  const items: NonNullable<CreateOrderDTO["items"]> = lines.map(({ line, variant }, index) => {
    const amounts = pricing.lines[index] as (typeof pricing.lines)[number]
    const rate = vatRate(variant.vat_category, rungUpAt)
    const adjustments = [
      ...(amounts.lineDiscount > 0
        ? [{ code: "POS_LINE_DISCOUNT", amount: amounts.lineDiscount, is_tax_inclusive: true }]
        : []),
      ...(amounts.orderDiscount > 0
        ? [{ code: "POS_ORDER_DISCOUNT", amount: amounts.orderDiscount, is_tax_inclusive: true }]
        : []),
    ]
    return {
      title: variant.product_title,
      subtitle: variant.title ?? undefined,
      thumbnail: variant.thumbnail ?? undefined,
      product_id: variant.product_id,
      product_title: variant.product_title,
      variant_id: variant.id,
      variant_title: variant.title ?? undefined,
      variant_sku: variant.sku ?? undefined,
      variant_barcode: variant.barcode ?? undefined,
      quantity: line.quantity,
      unit_price: line.unit_price,
      is_tax_inclusive: true,
      requires_shipping: false,
      tax_lines: [{ code: `VAT_VN_${rate}`, rate, description: `VAT ${rate} %` }],
      adjustments,
      metadata: {
        pos_line: index,
        // The till's price stands; today's list price is kept beside it when they differ.
        list_unit_price: variant.list_price,
        price_differs_from_list: variant.list_price !== line.unit_price,
        ...(line.discount ? { discount: line.discount } : {}),
      },
    }
  })

  const order: CreateOrderDTO = {
    region_id: register.region_id,
    sales_channel_id: register.sales_channel_id,
    currency_code: register.currency_code,
    status: "pending",
    no_notification: true,
    items,
    metadata: {
      pos: {
        register_id: register.id,
        register_code: register.code,
        shift_id: shift.id,
        clerk_id: sale.clerk_id,
        client_id: sale.client_id,
        sale_number: sale.sale_number,
        rung_up_at: rungUpAt.toISOString(),
        tenders: sale.tenders,
        age_check: sale.age_check ?? null,
        discount_approved_by: sale.discount_approved_by ?? null,
        customer: sale.customer ?? null,
      },
    },
  }

  return {
    register_id: register.id,
    register_code: register.code,
    stock_location_id: register.stock_location_id,
    shift_id: shift.id,
    total: pricing.total,
    vat_total: pricing.vatTotal,
    discount_total: pricing.discountTotal,
    change_due: change.value,
    vat_by_rate: vatByRate,
    tenders: sale.tenders.map((tender) => ({
      kind: tender.kind,
      amount: tender.amount,
      received: tender.received ?? null,
      reference: tender.reference ?? null,
      confirmed_offline: Boolean(tender.confirmed_offline),
    })),
    order,
    einvoice,
    hand_over: lines.map(({ line, variant }, index) => ({
      line: index,
      variant_id: variant.id,
      title: [variant.product_title, variant.title].filter(Boolean).join(" – "),
      quantity: line.quantity,
      inventory: variant.manage_inventory
        ? variant.inventory_items.map((item) => ({
            inventory_item_id: item.inventory_item_id,
            quantity: line.quantity * (item.required_quantity || 1),
          }))
        : [],
    })),
  }
}
