import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EINVOICE_MODULE } from "../../../modules/einvoice"
import type EinvoiceModuleService from "../../../modules/einvoice/service"

export interface EinvoiceRequestFields {
  cart_id: string
  buyer_tax_id: string | null
  tax_id_kind: string | null
  company_name: string | null
  buyer_name: string | null
  address: string | null
  email: string
}

type Undo = { created_id: string } | { previous: Record<string, unknown> & { id: string } }

/** One request per cart: creates it or replaces its fields; compensation puts back the old. */
export const upsertEinvoiceRequestStep = createStep(
  "upsert-einvoice-request",
  async (input: EinvoiceRequestFields, { container }) => {
    const service = container.resolve<EinvoiceModuleService>(EINVOICE_MODULE)
    const [existing] = await service.listEinvoiceRequests({ cart_id: input.cart_id })
    if (!existing) {
      const created = await service.createEinvoiceRequests(input)
      return new StepResponse(created, { created_id: created.id } as Undo)
    }
    const updated = await service.updateEinvoiceRequests({ id: existing.id, ...input })
    return new StepResponse(updated, { previous: existing } as Undo)
  },
  async (undo: Undo | undefined, { container }) => {
    if (!undo) return
    const service = container.resolve<EinvoiceModuleService>(EINVOICE_MODULE)
    if ("created_id" in undo) await service.deleteEinvoiceRequests(undo.created_id)
    else {
      const { created_at: _c, updated_at: _u, deleted_at: _d, ...previous } = undo.previous
      await service.updateEinvoiceRequests(previous as { id: string })
    }
  }
)
