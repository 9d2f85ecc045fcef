import { err, ok, type Result } from "./result"

// Mobile numbers since the 2018 renumbering: 10 digits, 0 then a network digit 3, 5, 7, 8 or 9
// (Viettel 03x/086/09x, Vinaphone 08x/09x, MobiFone 07x/09x, Vietnamobile 05x, Gmobile 059…).
const NATIONAL_MOBILE = /^0[35789]\d{8}$/
const SEPARATORS = /[\s.\-()]/g

/**
 * A Vietnamese mobile number as typed ("0912 345 678", "+84 912.345.678", "84912345678") in its
 * national form "0912345678", or why it is not one (landlines and short numbers are refused:
 * couriers call or text the buyer).
 */
export function parseVnMobile(text: string): Result<string> {
  const compact = text.normalize("NFC").trim().replace(SEPARATORS, "")
  const national = compact.startsWith("+84")
    ? `0${compact.slice(3)}`
    : /^84\d{9}$/.test(compact)
      ? `0${compact.slice(2)}`
      : compact
  if (!NATIONAL_MOBILE.test(national)) {
    return err(
      `"${text}" is not a Vietnamese mobile number (10 digits starting 03, 05, 07, 08 or 09)`
    )
  }
  return ok(national)
}
