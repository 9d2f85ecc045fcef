/** VietQR allows 25 characters of purpose; some banks cut at 19, so keep references short. */
export const VIETQR_PURPOSE_MAX_LENGTH = 25

/**
 * Transfer purpose safe for every bank app: Vietnamese diacritics removed with case kept
 * ("Đơn hàng 123" → "Don hang 123"), anything but ASCII letters, digits and spaces dropped
 * (several banks reject punctuation), spaces collapsed, then cut to `maxLength`.
 */
export function toVietQrPurpose(text: string, maxLength = VIETQR_PURPOSE_MAX_LENGTH): string {
  if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > VIETQR_PURPOSE_MAX_LENGTH) {
    throw new RangeError(
      `maxLength must be a whole number from 1 to ${VIETQR_PURPOSE_MAX_LENGTH}, got ${maxLength}`
    )
  }
  return text
    .normalize("NFD")
    .replace(/\p{Mn}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^A-Za-z0-9]+/g, " ")
    .trim()
    .slice(0, maxLength)
    .trim()
}
