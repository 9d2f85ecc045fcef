import type { VietQrServiceKind } from "./options"

/** A transfer our webhook or a staff member matched to this session, sealed with the secret. */
export interface ConfirmedTransfer {
  /** Our bank_transfer record id. */
  transfer_id: string
  amount: number
  source: "bank_webhook" | "staff"
  confirmed_at: string
  seal: string
}

/** What a VietQR payment session carries; the storefront and POS render `payload` as the QR. */
export interface VietQrSessionData {
  [key: string]: unknown
  reference: string
  payload: string
  amount: number
  currency_code: "vnd"
  bank_bin: string
  bank_name: string
  account_number: string
  account_name: string
  service: VietQrServiceKind
  /** True when the built-in development account is shown: nobody should pay into it. */
  is_demo: boolean
  confirmed_transfer: ConfirmedTransfer | null
}

export function isConfirmedTransfer(value: unknown): value is ConfirmedTransfer {
  if (typeof value !== "object" || value === null) return false
  const transfer = value as Record<string, unknown>
  return (
    typeof transfer.transfer_id === "string" &&
    typeof transfer.amount === "number" &&
    typeof transfer.seal === "string" &&
    (transfer.source === "bank_webhook" || transfer.source === "staff")
  )
}
