import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { formatDateVi } from "@ocop/core"
import { type CertificateExpiryEventData, OcopCertificateEvents } from "../workflows/ocop"

/**
 * Who hears about expiring certificates: OCOP_CERTIFICATE_ALERT_EMAILS (comma-separated) when
 * set, otherwise every admin user (the OCOP office staff who renew certificates).
 */
async function recipients(container: MedusaContainer): Promise<string[]> {
  const configured = (process.env.OCOP_CERTIFICATE_ALERT_EMAILS ?? "")
    .split(",")
    .map((email) => email.trim())
    .filter(Boolean)
  if (configured.length) return configured
  const users = await container.resolve(Modules.USER).listUsers({}, { select: ["email"] })
  return users.map((user) => user.email).filter(Boolean)
}

function subject(data: CertificateExpiryEventData, title: string) {
  const day = formatDateVi(data.valid_to)
  return data.status === "expired"
    ? {
        vi: `Chứng nhận OCOP ${data.decision_number} (${title}) đã hết hạn ngày ${day}`,
        en: `OCOP certificate ${data.decision_number} (${title}) expired on ${day}`,
      }
    : {
        vi: `Chứng nhận OCOP ${data.decision_number} (${title}) sẽ hết hạn ngày ${day}`,
        en: `OCOP certificate ${data.decision_number} (${title}) expires on ${day}`,
      }
}

/** Sends one notification per recipient through the Notification module's "email" channel. */
export default async function ocopCertificateExpiryHandler({
  event,
  container,
}: SubscriberArgs<CertificateExpiryEventData>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const to = await recipients(container)
  if (!to.length) {
    logger.warn(`${event.name} ${event.data.id}: nobody to notify (no admin users)`)
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "title", "handle"],
    filters: { id: event.data.product_id },
  })
  const title = products[0]?.title ?? event.data.product_id
  const template =
    event.name === OcopCertificateEvents.EXPIRED
      ? "ocop-certificate-expired"
      : "ocop-certificate-expiring"
  await container.resolve(Modules.NOTIFICATION).createNotifications(
    to.map((email) => ({
      to: email,
      channel: "email",
      template,
      trigger_type: event.name,
      resource_id: event.data.id,
      resource_type: "ocop_certificate",
      // a redelivered event must not mail twice
      idempotency_key: `${event.name}:${event.data.id}:${event.data.valid_to}:${email}`,
      data: {
        ...event.data,
        product_title: title,
        product_handle: products[0]?.handle ?? null,
        valid_to_vi: formatDateVi(event.data.valid_to),
        subject: subject(event.data, title),
      },
    }))
  )
}

export const config: SubscriberConfig = {
  event: [OcopCertificateEvents.EXPIRING, OcopCertificateEvents.EXPIRED],
}
