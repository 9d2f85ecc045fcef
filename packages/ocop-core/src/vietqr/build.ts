import { crc16CcittFalse } from "./crc16"
import {
  ADDITIONAL_FIELD,
  BENEFICIARY_FIELD,
  DYNAMIC_QR,
  FIELD,
  MAX_AMOUNT_DIGITS,
  MERCHANT_FIELD,
  NAPAS_GUID,
  PAYLOAD_FORMAT_VERSION,
  SERVICE_CODES,
  STATIC_QR,
  VIETNAM_COUNTRY_CODE,
  type VietQrService,
  VND_CURRENCY_CODE,
} from "./fields"
import { VIETQR_PURPOSE_MAX_LENGTH } from "./purpose"
import { encodeTlv, type TlvField } from "./tlv"

export interface VietQrInput {
  /** 6-digit bank BIN, see `BANKS`. */
  bin: string
  /** Account number, or card number when `service` is "card". */
  accountNumber: string
  /** Whole đồng; giving it makes the QR dynamic (single payment of that amount). */
  amount?: number
  /** Transfer note; run free text through `toVietQrPurpose` first. Empty means none. */
  purpose?: string
  service?: VietQrService
}

function checkInput(input: VietQrInput): void {
  if (!/^\d{6}$/.test(input.bin)) {
    throw new RangeError(`Bank BIN must be 6 digits, got "${input.bin}"`)
  }
  if (!/^[0-9A-Za-z]{1,19}$/.test(input.accountNumber)) {
    throw new RangeError(
      `Account number must be 1 to 19 letters or digits, got "${input.accountNumber}"`
    )
  }
  const { amount, purpose } = input
  if (
    amount !== undefined &&
    (!Number.isSafeInteger(amount) || amount <= 0 || String(amount).length > MAX_AMOUNT_DIGITS)
  ) {
    throw new RangeError(`Amount must be a positive whole number of đồng, got ${amount}`)
  }
  if (purpose !== undefined && purpose.length > VIETQR_PURPOSE_MAX_LENGTH) {
    throw new RangeError(
      `Purpose must be at most ${VIETQR_PURPOSE_MAX_LENGTH} characters; use toVietQrPurpose`
    )
  }
}

/**
 * Builds the VietQR (NAPAS 247) payload string to render as a QR code. Fields are written in the
 * order of the public NAPAS example so the output can be compared byte for byte.
 */
export function buildVietQr(input: VietQrInput): string {
  checkInput(input)
  const { amount, purpose } = input
  const merchantAccount = encodeTlv([
    { id: MERCHANT_FIELD.guid, value: NAPAS_GUID },
    {
      id: MERCHANT_FIELD.beneficiary,
      value: encodeTlv([
        { id: BENEFICIARY_FIELD.bin, value: input.bin },
        { id: BENEFICIARY_FIELD.account, value: input.accountNumber },
      ]),
    },
    { id: MERCHANT_FIELD.service, value: SERVICE_CODES[input.service ?? "account"] },
  ])
  const fields: TlvField[] = [
    { id: FIELD.payloadFormat, value: PAYLOAD_FORMAT_VERSION },
    { id: FIELD.initiationMethod, value: amount === undefined ? STATIC_QR : DYNAMIC_QR },
    { id: FIELD.merchantAccount, value: merchantAccount },
    { id: FIELD.currency, value: VND_CURRENCY_CODE },
  ]
  if (amount !== undefined) fields.push({ id: FIELD.amount, value: String(amount) })
  fields.push({ id: FIELD.country, value: VIETNAM_COUNTRY_CODE })
  if (purpose) {
    fields.push({
      id: FIELD.additionalData,
      value: encodeTlv([{ id: ADDITIONAL_FIELD.purpose, value: purpose }]),
    })
  }
  // The CRC covers its own id and length, so they are appended before computing it.
  const withoutCrc = `${encodeTlv(fields)}${FIELD.crc}04`
  return `${withoutCrc}${crc16CcittFalse(withoutCrc)}`
}
