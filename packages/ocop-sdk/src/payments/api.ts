import type { MedusaClient } from "../http.js"

/** Payment routes for Vietnam (/store/payments-vn/*, /admin/payments-vn/*). */
export function createPaymentsVnApi(_medusa: MedusaClient) {
  return {}
}
