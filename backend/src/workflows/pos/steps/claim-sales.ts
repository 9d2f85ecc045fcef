import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { posModule } from "./pos-service"
import type { PlannedSale } from "./prepare-sales"

export interface ClaimPosSalesInput {
  planned: PlannedSale[]
  device_id: string | null
}

export interface ClaimedSale {
  id: string
  client_id: string
}

/**
 * Writes the sale rows first, under the unique client UUID: a concurrent duplicate that slipped
 * past the route's lock fails here, before any order exists. Compensation removes the rows so a
 * retry of a failed batch starts afresh.
 */
export const claimPosSalesStep = createStep(
  "claim-pos-sales",
  async ({ planned, device_id }: ClaimPosSalesInput, { container }) => {
    const created = await posModule(container).createPosSales(
      planned.map(({ sale, plan }) => ({
        client_id: sale.client_id,
        register_id: plan.register_id,
        shift_id: plan.shift_id,
        clerk_id: sale.clerk_id,
        device_id,
        sale_number: sale.sale_number,
        status: "pending" as const,
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
      }))
    )
    const claimed: ClaimedSale[] = created.map((row) => ({ id: row.id, client_id: row.client_id }))
    return new StepResponse(
      claimed,
      claimed.map((row) => row.id)
    )
  },
  async (ids, { container }) => {
    if (ids?.length) await posModule(container).deletePosSales(ids)
  }
)
