import {
  type AlcoholFacts,
  codAllowedFor,
  isOldEnoughForAlcohol,
  MIN_ALCOHOL_BUYER_AGE,
  requiresAgeCheck,
} from "@ocop/core"
import { CASH_PAYMENT_PROVIDER_IDS, PAYMENT_PROVIDER_IDS } from "../../../config/payment-providers"
import { codLimitMessage } from "../../../modules/cod-payment/limit"

/** Where the age gate is recorded on the cart (copied to the order's metadata on completion). */
export const AGE_CONFIRMATION_KEY = "ocop_age_confirmation"

export interface AgeConfirmation {
  confirmed_adult: true
  method: "birth_date" | "declaration"
  confirmed_at: string
}

export const CHECKOUT_MESSAGES = {
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
  /** Provider of the payment session the cart will be completed with. */
  providerId: string | null
  total: number
  metadata: Record<string, unknown> | null | undefined
  codMaxOrderVnd: number
}

/**
 * The server-side checkout rules, first broken rule wins: online alcohol sales are non-cash and
 * need the age gate (Law 44/2019); cash on delivery has a ceiling. Null when the cart may complete.
 */
export function checkoutViolation(facts: CheckoutFacts): string | null {
  const { lines, providerId } = facts
  if (providerId && CASH_PAYMENT_PROVIDER_IDS.includes(providerId) && !codAllowedFor(lines)) {
    return CHECKOUT_MESSAGES.alcoholCash
  }
  if (lines.some(requiresAgeCheck) && !isAgeConfirmation(facts.metadata?.[AGE_CONFIRMATION_KEY])) {
    return CHECKOUT_MESSAGES.ageRequired
  }
  if (providerId === PAYMENT_PROVIDER_IDS.cod && facts.total > facts.codMaxOrderVnd) {
    return codLimitMessage(facts.total, facts.codMaxOrderVnd)
  }
  return null
}
