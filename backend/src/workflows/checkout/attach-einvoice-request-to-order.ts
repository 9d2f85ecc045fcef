import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { EINVOICE_MODULE } from "../../modules/einvoice"
import type EinvoiceModuleService from "../../modules/einvoice/service"

const attachEinvoiceRequestStep = createStep(
  "attach-einvoice-request-to-order",
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: links } = await query.graph({
      entity: "order_cart",
      fields: ["cart_id"],
      filters: { order_id: input.order_id },
    })
    const cartId = links[0]?.cart_id
    if (!cartId) return new StepResponse(null)
    const service = container.resolve<EinvoiceModuleService>(EINVOICE_MODULE)
    const [request] = await service.listEinvoiceRequests({ cart_id: cartId })
    if (!request || request.order_id === input.order_id) return new StepResponse(null)
    const updated = await service.updateEinvoiceRequests({
      id: request.id,
      order_id: input.order_id,
    })
    return new StepResponse(updated, { id: request.id, order_id: request.order_id })
  },
  async (previous, { container }) => {
    if (!previous) return
    const service = container.resolve<EinvoiceModuleService>(EINVOICE_MODULE)
    await service.updateEinvoiceRequests(previous)
  }
)

export const attachEinvoiceRequestToOrderWorkflowId = "attach-einvoice-request-to-order"

/** When a cart becomes an order, its e-invoice request (if any) is filed under the order. */
export const attachEinvoiceRequestToOrderWorkflow = createWorkflow(
  attachEinvoiceRequestToOrderWorkflowId,
  (input: { order_id: string }) => {
    return new WorkflowResponse(attachEinvoiceRequestStep(input))
  }
)
