import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { EINVOICE_MODULE } from "../../../../../../modules/einvoice"
import type EinvoiceModuleService from "../../../../../../modules/einvoice/service"
import { upsertEinvoiceRequestWorkflow } from "../../../../../../workflows/checkout/upsert-einvoice-request"
import type { StoreEinvoiceRequest } from "../../../validators"

function present(request: {
  id: string
  cart_id: string
  order_id: string | null
  buyer_tax_id: string | null
  tax_id_kind: string | null
  company_name: string | null
  buyer_name: string | null
  address: string | null
  email: string
}) {
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

/** POST /store/payments-vn/carts/:id/einvoice-request — ask for a VAT e-invoice for this cart. */
export async function POST(req: MedusaRequest<StoreEinvoiceRequest>, res: MedusaResponse) {
  const { result } = await upsertEinvoiceRequestWorkflow(req.scope).run({
    input: { cart_id: req.params.id as string, ...req.validatedBody },
  })
  res.json({ einvoice_request: present(result as Parameters<typeof present>[0]) })
}

/** GET /store/payments-vn/carts/:id/einvoice-request — the request recorded for this cart. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const service = req.scope.resolve<EinvoiceModuleService>(EINVOICE_MODULE)
  const [request] = await service.listEinvoiceRequests({ cart_id: req.params.id as string })
  if (!request) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "No e-invoice request for this cart")
  }
  res.json({ einvoice_request: present(request) })
}
