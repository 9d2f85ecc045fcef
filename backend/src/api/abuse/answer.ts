import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { type ContentLanguage, contentLanguage } from "@ocop/core"
import type { LimitReason, TooManyRequestsBody } from "@ocop/sdk"

type Message = (wait: string) => string

const MESSAGES: Record<LimitReason, Record<ContentLanguage, Message>> = {
  sign_in: {
    vi: (wait) => `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${wait}.`,
    en: (wait) => `Too many failed sign-ins. Please try again in ${wait}.`,
  },
  requests: {
    vi: (wait) => `Quá nhiều yêu cầu từ địa chỉ của bạn. Vui lòng thử lại sau ${wait}.`,
    en: (wait) => `Too many requests from your address. Please try again in ${wait}.`,
  },
  unpaid_orders: {
    vi: (wait) =>
      `Email hoặc số điện thoại này có quá nhiều đơn hàng chưa thanh toán. Vui lòng thanh toán các đơn đó hoặc thử lại sau ${wait}.`,
    en: (wait) =>
      `This email or phone number has too many unpaid orders. Please pay them or try again in ${wait}.`,
  },
  bank_notifications: {
    vi: (wait) => `Quá nhiều thông báo chuyển khoản. Vui lòng gửi lại sau ${wait}.`,
    en: (wait) => `Too many transfer notifications. Please send again in ${wait}.`,
  },
}

function waitText(seconds: number, language: ContentLanguage): string {
  if (seconds < 120) return language === "vi" ? `${seconds} giây` : `${seconds} seconds`
  const minutes = Math.ceil(seconds / 60)
  return language === "vi" ? `${minutes} phút` : `${minutes} minutes`
}

/** The language the client asked for: js-sdk's x-medusa-locale, else Accept-Language; vi first. */
export function requestLanguage(req: MedusaRequest): ContentLanguage {
  const locale = req.get("x-medusa-locale")
  if (locale) return contentLanguage(locale)
  const accepted = req.acceptsLanguages("vi", "en")
  return accepted === "en" ? "en" : "vi"
}

/** 429 with Retry-After (whole seconds) and a message in the request's language. */
export function tooManyRequests(
  req: MedusaRequest,
  res: MedusaResponse,
  retryAfterMs: number,
  reason: LimitReason
): void {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000))
  const language = requestLanguage(req)
  const body: TooManyRequestsBody = {
    type: "too_many_requests",
    code: reason,
    message: MESSAGES[reason][language](waitText(seconds, language)),
    retry_after: seconds,
  }
  res.setHeader("Retry-After", String(seconds))
  res.setHeader("Content-Language", language)
  res.status(429).json(body)
}
