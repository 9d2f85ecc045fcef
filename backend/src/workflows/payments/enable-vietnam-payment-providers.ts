import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { setRegionsPaymentProvidersStep } from "@medusajs/medusa/core-flows"
import { COD_PROVIDER_ID } from "../../modules/cod-payment/options"
import { VIETQR_PROVIDER_ID } from "../../modules/vietqr-payment/options"

/**
 * Medusa's own Stripe provider as medusa-config registers it (id "stripe"). Its other card
 * methods (pp_stripe-ideal_stripe…) and the system provider, which authorizes without payment,
 * are never enabled here.
 */
const STRIPE_PROVIDER_ID = "pp_stripe_stripe"
const OUR_PROVIDER_IDS = [VIETQR_PROVIDER_ID, COD_PROVIDER_ID, STRIPE_PROVIDER_ID]

export interface EnableVietnamPaymentProvidersInput {
  /** Regions to enable; default: every region whose currency is VND. */
  region_ids?: string[]
}

export interface RegionProviders {
  id: string
  payment_providers: string[]
}

async function registeredProviderIds(container: MedusaContainer): Promise<string[]> {
  const payment = container.resolve(Modules.PAYMENT)
  const wanted = OUR_PROVIDER_IDS
  const providers = await payment.listPaymentProviders({ id: wanted, is_enabled: true })
  // Stripe is registered only with STRIPE_API_KEY; enable what exists, in a stable order.
  return wanted.filter((id) => providers.some((provider) => provider.id === id))
}

const planRegionProvidersStep = createStep(
  "plan-vietnam-region-payment-providers",
  async (input: EnableVietnamPaymentProvidersInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: regions } = await query.graph({
      entity: "region",
      fields: ["id", "currency_code", "payment_providers.id"],
      filters: input.region_ids?.length ? { id: input.region_ids } : { currency_code: "vnd" },
    })
    const ours = await registeredProviderIds(container)
    // Keep whatever else the region already offers; add ours. Nothing to do → nothing written.
    const plan: RegionProviders[] = regions
      .map((region) => {
        const providers = (region.payment_providers ?? []) as Array<{ id: string } | null>
        const current = providers.flatMap((provider) => (provider ? [provider.id] : []))
        return {
          id: region.id,
          payment_providers: [...new Set([...current, ...ours])],
          changed: ours.some((id) => !current.includes(id)),
        }
      })
      .filter((region) => region.changed)
      .map(({ id, payment_providers }) => ({ id, payment_providers }))
    return new StepResponse(plan)
  }
)

export const enableVietnamPaymentProvidersWorkflowId = "enable-vietnam-payment-providers"

/**
 * Enables VietQR, cash on delivery and (when configured) Stripe on the Vietnam region(s).
 * Idempotent and additive, so the seed may call it before or after anything else, any number of
 * times: `await enableVietnamPaymentProvidersWorkflow(container).run({ input: {} })`.
 */
export const enableVietnamPaymentProvidersWorkflow = createWorkflow(
  enableVietnamPaymentProvidersWorkflowId,
  (input: EnableVietnamPaymentProvidersInput) => {
    const plan = planRegionProvidersStep(input)
    setRegionsPaymentProvidersStep({ input: plan })
    return new WorkflowResponse(plan)
  }
)
