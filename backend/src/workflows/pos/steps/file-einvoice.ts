import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EINVOICE_MODULE } from "../../../modules/einvoice"
import type EinvoiceModuleService from "../../../modules/einvoice/service"
import type { PlannedEinvoice } from "../utils/sale-plan"

export interface FilePosEinvoiceInput {
  client_id: string
  order_id: string
  einvoice: PlannedEinvoice
}

/**
 * The buyer asked for a VAT e-invoice at the counter: the request joins the web's requests (same
 * module, same CSV export), filed on the order. The module keys requests by cart; a till sale
 * has none, so its key is "pos:<client UUID>".
 */
export const filePosEinvoiceRequestStep = createStep(
  "file-pos-einvoice-request",
  async (input: FilePosEinvoiceInput, { container }) => {
    const service = container.resolve<EinvoiceModuleService>(EINVOICE_MODULE)
    const created = await service.createEinvoiceRequests({
      ...input.einvoice,
      cart_id: `pos:${input.client_id}`,
      order_id: input.order_id,
    })
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (id)
      await container.resolve<EinvoiceModuleService>(EINVOICE_MODULE).deleteEinvoiceRequests(id)
  }
)
