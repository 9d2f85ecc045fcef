/** Vietnam payment routes' shapes (/store/payments-vn/*). */

/**
 * `paid` once the transfer is confirmed (by the bank's notification or staff);
 * `awaiting_transfer` while the QR is still to be paid.
 */
export type StoreOrderVietQrStatus = "paid" | "awaiting_transfer"

/** What a thank-you page or a POS screen needs to show an order's VietQR and poll until paid. */
export interface StoreOrderVietQr {
  order_id: string
  display_id: number
  /** The transfer note, e.g. "OCOPK3XQ7M2ZAB". */
  reference: string
  /** The NAPAS QR payload to draw. */
  payload: string
  /** Whole đồng. */
  amount: number
  bank_bin: string
  bank_name: string
  account_number: string
  account_name: string
  /** The development demo account: nobody should pay into it. */
  is_demo: boolean
  paid: boolean
  status: StoreOrderVietQrStatus
  /** Medusa's payment session status (pending_authorization, authorized, captured…). */
  session_status: string
}

export interface StoreOrderVietQrResponse {
  vietqr: StoreOrderVietQr
}
