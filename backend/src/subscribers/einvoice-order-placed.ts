import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { attachEinvoiceRequestToOrderWorkflow } from "../workflows/checkout/attach-einvoice-request-to-order"

/** Files the cart's e-invoice request under the order the cart became. */
export default async function einvoiceOrderPlaced({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  await attachEinvoiceRequestToOrderWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.PLACED,
}
