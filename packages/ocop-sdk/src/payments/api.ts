import type { MedusaClient } from "../http.js"
import type { StoreOrderVietQrResponse } from "./types.js"

/** Payment routes for Vietnam (/store/payments-vn/*). */
export function createPaymentsVnApi(medusa: MedusaClient) {
  return {
    store: {
      /**
       * The VietQR of an order placed by bank transfer, for the key's sales channel only (404 for
       * another channel's order or one paid otherwise).
       */
      retrieveOrderVietQr: (orderId: string) =>
        medusa.client.fetch<StoreOrderVietQrResponse>(
          `/store/payments-vn/orders/${encodeURIComponent(orderId)}/vietqr`,
          { method: "GET" }
        ),
    },
  }
}

export type PaymentsVnApi = ReturnType<typeof createPaymentsVnApi>
