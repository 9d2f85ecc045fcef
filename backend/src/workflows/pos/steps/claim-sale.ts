import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PosSaleInput } from "@ocop/sdk"
import type { SalePlan } from "../utils/sale-plan"
import { posModule } from "./pos-service"

export interface ClaimPosSaleInput {
  sale: PosSaleInput
  plan: SalePlan
  device_id: string | null
}

/**
 * Writes the sale row first, under the unique client UUID: a concurrent duplicate that slipped
 * past the route's lock fails here, before any order exists. Compensation removes the row so a
 * retry of a failed sale starts afresh.
 */
export const claimPosSaleStep = createStep(
  "claim-pos-sale",
  async ({ sale, plan, device_id }: ClaimPosSaleInput, { container }) => {
    const created = await posModule(container).createPosSales({
      client_id: sale.client_id,
      register_id: plan.register_id,
      shift_id: plan.shift_id,
      clerk_id: sale.clerk_id,
      device_id,
      sale_number: sale.sale_number,
      status: "pending",
      total: plan.total,
      vat_total: plan.vat_total,
      discount_total: plan.discount_total,
      change_due: plan.change_due,
      rung_up_at: new Date(sale.created_at),
      tenders: plan.tenders as unknown as Record<string, unknown>,
      vat_by_rate: plan.vat_by_rate as unknown as Record<string, unknown>,
      age_check: sale.age_check ?? null,
      customer: sale.customer ?? null,
      einvoice: sale.einvoice ?? null,
      discount_approved_by: sale.discount_approved_by ?? null,
    })
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (id) await posModule(container).deletePosSales(id)
  }
)
