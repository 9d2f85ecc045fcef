import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, FulfillmentWorkflowEvents } from "@medusajs/framework/utils"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { codPaymentsToCapture } from "../workflows/payments/utils/cod-delivery"

/**
 * Cash on delivery is captured when the courier delivered: Medusa emits delivery.created when a
 * fulfillment of an order is marked delivered (markOrderFulfillmentAsDeliveredWorkflow).
 */
export default async function codCaptureOnDelivery({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { orderId, paymentIds } = await codPaymentsToCapture(container, event.data.id)
  for (const paymentId of paymentIds) {
    await capturePaymentWorkflow(container).run({ input: { payment_id: paymentId } })
    logger.info(`COD: captured ${paymentId} of order ${orderId} on delivery`)
  }
}

export const config: SubscriberConfig = {
  event: FulfillmentWorkflowEvents.DELIVERY_CREATED,
}
