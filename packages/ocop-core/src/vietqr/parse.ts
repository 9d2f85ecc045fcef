import { err, ok, type Result } from "../result"
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
  type VietQrInitiation,
  type VietQrService,
  VND_CURRENCY_CODE,
} from "./fields"
import { decodeTlv, type TlvField } from "./tlv"

export interface VietQr {
  initiation: VietQrInitiation
  bin: string
  accountNumber: string
  service: VietQrService
  amount?: number
  purpose?: string
}

function fieldMap(fields: readonly TlvField[]): Map<string, string> {
  return new Map(fields.map((field) => [field.id, field.value]))
}

function required(map: Map<string, string>, id: string, what: string): string {
  const value = map.get(id)
  if (value === undefined) throw new RangeError(`Missing ${what} (field ${id})`)
  return value
}

function expectValue(map: Map<string, string>, id: string, what: string, expected: string): void {
  const value = required(map, id, what)
  if (value !== expected) {
    throw new RangeError(`Unexpected ${what} "${value}" (field ${id}); expected "${expected}"`)
  }
}

function checkCrc(payload: string, fields: readonly TlvField[]): void {
  const last = fields[fields.length - 1]
  if (last?.id !== FIELD.crc || last.value.length !== 4) {
    throw new RangeError("The payload must end with a 4-character CRC (field 63)")
  }
  const expected = crc16CcittFalse(payload.slice(0, -4))
  if (last.value.toUpperCase() !== expected) {
    throw new RangeError(`CRC mismatch: payload says ${last.value}, content gives ${expected}`)
  }
}

function readInitiation(value: string): VietQrInitiation {
  if (value === STATIC_QR) return "static"
  if (value === DYNAMIC_QR) return "dynamic"
  throw new RangeError(`Unknown initiation method "${value}" (field ${FIELD.initiationMethod})`)
}

function readService(value: string): VietQrService {
  const entry = Object.entries(SERVICE_CODES).find(([, code]) => code === value)
  if (!entry) throw new RangeError(`Unknown VietQR service "${value}"`)
  return entry[0] as VietQrService
}

function readAmount(value: string): number {
  const amount = Number(value)
  if (!/^\d+$/.test(value) || value.length > MAX_AMOUNT_DIGITS || amount === 0) {
    throw new RangeError(`Amount "${value}" is not a positive whole number of đồng`)
  }
  return amount
}

function parseFields(payload: string): VietQr {
  const fields = decodeTlv(payload)
  checkCrc(payload, fields)
  const top = fieldMap(fields)
  expectValue(top, FIELD.payloadFormat, "payload format", PAYLOAD_FORMAT_VERSION)
  const initiation = readInitiation(required(top, FIELD.initiationMethod, "initiation method"))
  expectValue(top, FIELD.currency, "currency", VND_CURRENCY_CODE)
  expectValue(top, FIELD.country, "country", VIETNAM_COUNTRY_CODE)

  const merchant = fieldMap(decodeTlv(required(top, FIELD.merchantAccount, "VietQR account")))
  expectValue(merchant, MERCHANT_FIELD.guid, "NAPAS GUID", NAPAS_GUID)
  const beneficiary = fieldMap(
    decodeTlv(required(merchant, MERCHANT_FIELD.beneficiary, "beneficiary"))
  )
  const result: VietQr = {
    initiation,
    bin: required(beneficiary, BENEFICIARY_FIELD.bin, "bank BIN"),
    accountNumber: required(beneficiary, BENEFICIARY_FIELD.account, "account number"),
    service: readService(required(merchant, MERCHANT_FIELD.service, "service code")),
  }
  const amount = top.get(FIELD.amount)
  if (amount !== undefined) result.amount = readAmount(amount)
  const additional = top.get(FIELD.additionalData)
  const purpose = additional && fieldMap(decodeTlv(additional)).get(ADDITIONAL_FIELD.purpose)
  if (purpose) result.purpose = purpose
  return result
}

/**
 * Reads a scanned VietQR payload after verifying its CRC. Fields VietQR does not use (terminal,
 * bill number…) are ignored; anything malformed comes back as an error, never as a throw.
 */
export function parseVietQr(payload: string): Result<VietQr> {
  try {
    return ok(parseFields(payload.trim()))
  } catch (error) {
    // Everything thrown inside is a description of a malformed payload (ours or decodeTlv's).
    return err((error as Error).message)
  }
}
