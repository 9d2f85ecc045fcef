import type { MedusaClient } from "../http.js"

/** Our admin routes (/admin/ocop/*): filled by the foundation issue. */
export function createAdminOcopApi(_medusa: MedusaClient) {
  return {}
}
