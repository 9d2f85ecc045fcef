import type { MedusaClient } from "../http.js"

/** The tablet POS routes (/pos/*). */
export function createPosApi(_medusa: MedusaClient) {
  return {}
}
