import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EINVOICE_MODULE } from "../../../modules/einvoice"
import type EinvoiceModuleService from "../../../modules/einvoice/service"
import type { PlannedEinvoice } from "../utils/sale-plan"

export interface FilePosEinvoiceInput {
  requests: { client_id: string; order_id: string; einvoice: PlannedEinvoice }[]
}

/**
 * Buyers asked for a VAT e-invoice at the counter: the requests join the web's (same module, same
 * CSV export), filed on their orders. The module keys requests by cart; a till sale has none, so
 * its key is "pos:<client UUID>".
 */
export const filePosEinvoiceRequestsStep = createStep(
  "file-pos-einvoice-requests",
  async (input: FilePosEinvoiceInput, { container }) => {
    if (input.requests.length === 0) return new StepResponse([], [])
    const service = container.resolve<EinvoiceModuleService>(EINVOICE_MODULE)
    const created = await service.createEinvoiceRequests(
      input.requests.map((request) => ({
        ...request.einvoice,
        cart_id: `pos:${request.client_id}`,
        order_id: request.order_id,
      }))
    )
    const ids = created.map((row) => row.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await container.resolve<EinvoiceModuleService>(EINVOICE_MODULE).deleteEinvoiceRequests(ids)
    }
  }
)
