import { createAdminOcopApi } from "./admin/index.js"
import { createCheckoutApi } from "./checkout/index.js"
import { createMedusaClient, type MedusaClientConfig } from "./http.js"
import { createPaymentsVnApi } from "./payments/index.js"
import { createPosApi } from "./pos/index.js"
import { createStoreOcopApi } from "./store/index.js"

/**
 * One client for an app: Medusa's own routes through `medusa` (js-sdk), ours through the typed
 * areas. Each app creates its own (per request on a server, once per tab in a browser).
 */
export function createOcopClient(config: MedusaClientConfig) {
  const medusa = createMedusaClient(config)
  return {
    medusa,
    store: createStoreOcopApi(medusa),
    admin: createAdminOcopApi(medusa),
    checkout: createCheckoutApi(medusa),
    payments: createPaymentsVnApi(medusa),
    pos: createPosApi(medusa),
  }
}

export type OcopClient = ReturnType<typeof createOcopClient>
