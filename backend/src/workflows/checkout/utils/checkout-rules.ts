import {
  type AlcoholFacts,
  codAllowedFor,
  isOldEnoughForAlcohol,
  MIN_ALCOHOL_BUYER_AGE,
  requiresAgeCheck,
} from "@ocop/core"
import { codLimitMessage } from "../../../modules/cod-payment/limit"
import { COD_PROVIDER_ID } from "../../../modules/cod-payment/options"

/** Medusa's built-in provider: it authorizes at once without taking any payment. */
export const SYSTEM_PAYMENT_PROVIDER_ID = "pp_system_default"

/**
 * Payments that hand over cash. Online alcohol sales must be paid without cash (Law 44/2019), so
 * alcohol carts refuse these; the system provider pays nothing at all and is counted with them.
 */
export const CASH_PAYMENT_PROVIDER_IDS: readonly string[] = [
  COD_PROVIDER_ID,
  SYSTEM_PAYMENT_PROVIDER_ID,
]

/** Where the age gate is recorded on the cart (copied to the order's metadata on completion). */
export const AGE_CONFIRMATION_KEY = "ocop_age_confirmation"

export interface AgeConfirmation {
  confirmed_adult: true
  method: "birth_date" | "declaration"
  confirmed_at: string
}

export const CHECKOUT_MESSAGES = {
  noPayment:
    "Phương thức thanh toán này không thu tiền nên không dùng được cho đơn hàng trực tuyến; vui " +
    "lòng chọn chuyển khoản VietQR, thanh toán khi nhận hàng (COD) hoặc thẻ. / This payment " +
    "method collects no money and cannot pay for an online order; please choose VietQR bank " +
    "transfer, cash on delivery or card.",
  alcoholCash:
    "Đơn hàng có đồ uống có cồn không được thanh toán khi nhận hàng (COD) hay bằng tiền mặt; " +
    "vui lòng thanh toán bằng chuyển khoản VietQR hoặc thẻ (Luật 44/2019/QH14). / Orders " +
    "containing alcohol cannot be paid cash on delivery or in cash; please pay by VietQR bank " +
    "transfer or card (Law 44/2019/QH14).",
  ageRequired:
    `Đơn hàng có đồ uống có cồn: vui lòng xác nhận bạn đủ ${MIN_ALCOHOL_BUYER_AGE} tuổi trước ` +
    `khi đặt hàng. / This order contains alcohol: please confirm you are ${MIN_ALCOHOL_BUYER_AGE} ` +
    "or older before ordering.",
  underAge:
    `Chỉ người từ đủ ${MIN_ALCOHOL_BUYER_AGE} tuổi mới được mua đồ uống có cồn. / Alcohol may ` +
    `only be sold to people aged ${MIN_ALCOHOL_BUYER_AGE} or older.`,
} as const

export function isAgeConfirmation(value: unknown): value is AgeConfirmation {
  if (typeof value !== "object" || value === null) return false
  const record = value as Record<string, unknown>
  return record.confirmed_adult === true && typeof record.confirmed_at === "string"
}

/** The record an accepted age confirmation leaves on the cart; the birth date is not kept. */
export function ageConfirmationFor(
  input: { birth_date?: string; confirmed_adult?: true },
  now: Date
): AgeConfirmation | { refused: string } {
  if (input.birth_date !== undefined && !isOldEnoughForAlcohol(input.birth_date, now)) {
    return { refused: CHECKOUT_MESSAGES.underAge }
  }
  return {
    confirmed_adult: true,
    method: input.birth_date !== undefined ? "birth_date" : "declaration",
    confirmed_at: now.toISOString(),
  }
}

export interface CheckoutFacts {
  lines: readonly AlcoholFacts[]
  /**
   * Providers of the cart's payment sessions that completion could use (Medusa authorizes the
   * first); every one must be acceptable, so no order of sessions slips a payment past a rule.
   */
  providerIds: readonly string[]
  total: number
  metadata: Record<string, unknown> | null | undefined
  codMaxOrderVnd: number
}

/**
 * The server-side checkout rules, first broken rule wins: a store cart is never completed by
 * Medusa's system provider, which authorizes without taking money (whatever an admin enables on
 * the region); online alcohol sales are non-cash and need the age gate (Law 44/2019); cash on
 * delivery has a ceiling. Null when the cart may complete.
 */
export function checkoutViolation(facts: CheckoutFacts): string | null {
  const { lines, providerIds } = facts
  if (providerIds.includes(SYSTEM_PAYMENT_PROVIDER_ID)) return CHECKOUT_MESSAGES.noPayment
  const cash = providerIds.some((id) => CASH_PAYMENT_PROVIDER_IDS.includes(id))
  if (cash && !codAllowedFor(lines)) {
    return CHECKOUT_MESSAGES.alcoholCash
  }
  if (lines.some(requiresAgeCheck) && !isAgeConfirmation(facts.metadata?.[AGE_CONFIRMATION_KEY])) {
    return CHECKOUT_MESSAGES.ageRequired
  }
  if (providerIds.includes(COD_PROVIDER_ID) && facts.total > facts.codMaxOrderVnd) {
    return codLimitMessage(facts.total, facts.codMaxOrderVnd)
  }
  return null
}
