import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { StoreEinvoiceRequest, StoreEinvoiceRequestResponse } from "@ocop/sdk"
import { EINVOICE_MODULE } from "../../../../../modules/einvoice"
import type EinvoiceModuleService from "../../../../../modules/einvoice/service"
import { upsertEinvoiceRequestWorkflow } from "../../../../../workflows/checkout/upsert-einvoice-request"
import type { StoreEinvoiceRequestBody } from "../../validators"

function present(request: StoreEinvoiceRequest): StoreEinvoiceRequest {
  const { id, cart_id, order_id, buyer_tax_id, tax_id_kind, company_name, buyer_name } = request
  return {
    id,
    cart_id,
    order_id,
    buyer_tax_id,
    tax_id_kind,
    company_name,
    buyer_name,
    address: request.address,
    email: request.email,
  }
}

/** POST /store/carts/:id/einvoice-request — ask for a VAT e-invoice for this cart. */
export async function POST(
  req: MedusaRequest<StoreEinvoiceRequestBody>,
  res: MedusaResponse<StoreEinvoiceRequestResponse>
) {
  const { result } = await upsertEinvoiceRequestWorkflow(req.scope).run({
    input: { cart_id: req.params.id as string, ...req.validatedBody },
  })
  res.json({ einvoice_request: present(result as StoreEinvoiceRequest) })
}

/** GET /store/carts/:id/einvoice-request — the request recorded for this cart. */
export async function GET(req: MedusaRequest, res: MedusaResponse<StoreEinvoiceRequestResponse>) {
  const service = req.scope.resolve<EinvoiceModuleService>(EINVOICE_MODULE)
  const [request] = await service.listEinvoiceRequests({ cart_id: req.params.id as string })
  if (!request) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "No e-invoice request for this cart")
  }
  res.json({ einvoice_request: present(request as StoreEinvoiceRequest) })
}
