import type { StoreOrderVietQrResponse } from "@ocop/sdk"
import QRCode from "qrcode"
import { addressText } from "../../lib/format"
import { backendRefusal } from "../../lib/server/backend.server"
import type { PageContext } from "../../lib/server/page.server"
import { STRIPE_PROVIDER } from "./checkout-types"

const ORDER_FIELDS = [
  "id",
  "display_id",
  "email",
  "created_at",
  "total",
  "item_total",
  "shipping_total",
  "currency_code",
  "*items",
  "*shipping_address",
  "*shipping_methods",
  "*payment_collections.payments",
].join(",")

export interface OrderView {
  id: string
  displayId: number
  email: string | null
  createdAt: string
  total: number
  itemTotal: number
  shippingTotal: number
  lines: {
    id: string
    title: string
    variantTitle: string | null
    quantity: number
    total: number
  }[]
  shippingMethod: string | null
  /** Paid by card at checkout (Stripe): the page says so instead of "pay on delivery". */
  paidByCard: boolean
  address: {
    name: string
    phone: string | null
    /** Street, ward and province on one line, made here so the page ships no code for it. */
    place: string
  } | null
}

export interface VietQrView {
  /** The QR drawn on the server as SVG: no QR library in the page's JavaScript. */
  svg: string
  payload: string
  reference: string
  amount: number
  bankName: string
  bankBin: string
  accountNumber: string
  accountName: string
  isDemo: boolean
  paid: boolean
}

const amount = (value: unknown) => Math.round(Number(value ?? 0))

export async function loadOrder(ctx: PageContext, orderId: string): Promise<OrderView> {
  const { order } = await ctx.backend.medusa.store.order.retrieve(orderId, { fields: ORDER_FIELDS })
  const address = order.shipping_address
  return {
    id: order.id,
    displayId: order.display_id ?? 0,
    email: order.email ?? null,
    createdAt: String(order.created_at),
    total: amount(order.total),
    itemTotal: amount(order.item_total),
    shippingTotal: amount(order.shipping_total),
    lines: (order.items ?? []).map((item) => ({
      id: item.id,
      title: item.product_title ?? item.title,
      variantTitle: item.variant_title ?? null,
      quantity: item.quantity,
      total: amount(item.total),
    })),
    shippingMethod: order.shipping_methods?.[0]?.name ?? null,
    paidByCard: (order.payment_collections ?? []).some((collection) =>
      (collection.payments ?? []).some((payment) => payment.provider_id === STRIPE_PROVIDER)
    ),
    address: address
      ? {
          name: [address.first_name, address.last_name].filter(Boolean).join(" "),
          phone: address.phone ?? null,
          place: addressText([address.address_1, address.city, address.province]),
        }
      : null,
  }
}

/** The order's VietQR transfer details; null when it is paid another way (the route's 404). */
export async function loadVietQr(ctx: PageContext, order: OrderView): Promise<VietQrView | null> {
  let found: StoreOrderVietQrResponse
  try {
    found = await ctx.backend.payments.store.retrieveOrderVietQr(order.id)
  } catch (error) {
    if (backendRefusal(error)?.status === 404) return null
    throw error
  }
  const { vietqr } = found
  const svg = await QRCode.toString(vietqr.payload, {
    type: "svg",
    margin: 4,
    errorCorrectionLevel: "M",
  })
  return {
    svg,
    payload: vietqr.payload,
    reference: vietqr.reference,
    amount: vietqr.amount,
    bankName: vietqr.bank_name,
    bankBin: vietqr.bank_bin,
    accountNumber: vietqr.account_number,
    accountName: vietqr.account_name,
    isDemo: vietqr.is_demo,
    paid: vietqr.status === "paid",
  }
}

/** Whether the order's VietQR transfer has arrived (what the confirmation page polls). */
export async function vietQrPaid(ctx: PageContext, orderId: string): Promise<boolean> {
  const { vietqr } = await ctx.backend.payments.store.retrieveOrderVietQr(orderId)
  return vietqr.status === "paid"
}
