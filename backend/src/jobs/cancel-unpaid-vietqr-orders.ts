import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { cancelUnpaidVietQrOrders } from "../workflows/payments"

/**
 * Every 15 minutes: checkout orders still waiting for their VietQR transfer after
 * VIETQR_PAYMENT_TTL_HOURS (24 by default) are cancelled and their stock released. Cash on
 * delivery orders are paid at the door and never expire here. Deadlines are judged at the run's
 * scheduled time.
 */
export default async function cancelUnpaidVietQrOrdersJob(
  container: MedusaContainer,
  context?: { scheduledFor?: Date }
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { cancelled, failed } = await cancelUnpaidVietQrOrders(container, {
    now: context?.scheduledFor,
  })
  if (cancelled.length) {
    logger.info(`VietQR: cancelled ${cancelled.length} unpaid orders past their deadline`)
  }
  for (const { order_id, error } of failed) {
    logger.warn(`VietQR: unpaid order ${order_id} could not be cancelled: ${error}`)
  }
}

export const config = {
  name: "cancel-unpaid-vietqr-orders",
  schedule: "*/15 * * * *",
}
