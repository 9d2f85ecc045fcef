import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { PosCatalogPage } from "@ocop/sdk"
import { loadCatalogPage } from "../lib/catalog"
import { loadRegisterView } from "../lib/register-view"
import { posSession } from "../lib/session"
import type { PosCatalogQueryInput } from "../validators"

/**
 * GET /pos/catalog?limit&cursor&updated_since — the register's catalog, one page of products
 * (with all their variants) at a time; with updated_since only what changed since.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse<PosCatalogPage>) {
  const { registerId } = posSession(req)
  const register = await loadRegisterView(req.scope, registerId)
  const params = req.validatedQuery as unknown as PosCatalogQueryInput
  res.json(await loadCatalogPage(req.scope, register, params))
}
