import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { announceCertificateExpiryWorkflow } from "../workflows/ocop"

/**
 * Daily: certificates that entered the 30-day expiring window or expired since yesterday are
 * announced once (events → notification subscriber).
 */
export default async function announceOcopCertificateExpiryJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result } = await announceCertificateExpiryWorkflow(container).run({ input: {} })
  if (result.announced.length) {
    logger.info(`OCOP certificates announced: ${result.announced.length} expiring or expired`)
  }
}

export const config = {
  name: "announce-ocop-certificate-expiry",
  // Cron runs in the server's local time zone (Medusa's scheduler takes no zone). With
  // TZ=Asia/Ho_Chi_Minh this is 01:00 in Vietnam; on a UTC server it is 08:00 in Vietnam, still
  // before the office's working day. Statuses themselves are always counted on Vietnam's calendar.
  schedule: "0 1 * * *",
}
