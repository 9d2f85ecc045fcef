/** EMVCo merchant-presented QR ids and the values VietQR (NAPAS 247) puts in them. */
export const FIELD = {
  payloadFormat: "00",
  initiationMethod: "01",
  merchantAccount: "38",
  currency: "53",
  amount: "54",
  country: "58",
  additionalData: "62",
  crc: "63",
} as const

export const MERCHANT_FIELD = { guid: "00", beneficiary: "01", service: "02" } as const
export const BENEFICIARY_FIELD = { bin: "00", account: "01" } as const
export const ADDITIONAL_FIELD = { purpose: "08" } as const

export const PAYLOAD_FORMAT_VERSION = "01"
export const STATIC_QR = "11"
export const DYNAMIC_QR = "12"
export const NAPAS_GUID = "A000000727"
export const VND_CURRENCY_CODE = "704"
export const VIETNAM_COUNTRY_CODE = "VN"
export const SERVICE_CODES = { account: "QRIBFTTA", card: "QRIBFTTC" } as const
export const MAX_AMOUNT_DIGITS = 13

export type VietQrService = keyof typeof SERVICE_CODES
export type VietQrInitiation = "static" | "dynamic"
