import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  type CertificateStatus,
  certificateInForce,
  certificateStatus,
  daysUntilExpiry,
  EXPIRING_WINDOW_DAYS,
  toDate,
} from "@ocop/core"
import { OcopCertificateEvents } from "../events"
import { ocopService } from "./ocop-service"

export type AnnouncedStatus = "expiring" | "expired"

/** Payload of the ocop.certificate.expiring / ocop.certificate.expired events. */
export interface CertificateExpiryEventData {
  id: string
  product_id: string
  status: AnnouncedStatus
  stars: number
  decision_number: string
  issuer_name: string
  valid_to: string
  days_until_expiry: number
}

export interface ExpiryAnnouncementPlan {
  at: string
  announcements: CertificateExpiryEventData[]
  /** Certificates whose validity was extended back out of the window: they may be announced again. */
  resets: string[]
}

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Finds unrevoked certificates in force (`certificateInForce`, the rule the admin and the store
 * use) and not yet renewed, whose status crossed into expiring or expired since the last
 * announcement. A certificate that skipped the window (the job did not run) is announced once,
 * as expired. A renewal recorded ahead of time silences its predecessor's reminders.
 */
export const planOcopExpiryAnnouncementsStep = createStep(
  "plan-ocop-expiry-announcements",
  async (input: { at?: string | Date }, { container }) => {
    const at = input.at == null ? new Date() : toDate(input.at)
    const ocop = ocopService(container)
    // two days of margin: the window is counted in Vietnamese calendar days, not in hours
    const horizon = new Date(at.getTime() + (EXPIRING_WINDOW_DAYS + 2) * DAY_MS)
    const candidates = await ocop.listOcopCertificates({
      superseded_by_id: null,
      revoked_at: null,
      $or: [{ valid_to: { $lte: horizon } }, { announced_status: { $ne: null } }],
    })
    const histories = candidates.length
      ? await ocop.listOcopCertificates(
          { product_id: [...new Set(candidates.map((cert) => cert.product_id))] },
          { select: ["id", "product_id", "valid_from", "superseded_by_id", "superseded_at"] }
        )
      : []
    const inForce = (productId: string) =>
      certificateInForce(
        histories.filter((cert) => cert.product_id === productId),
        at
      )?.id
    const plan: ExpiryAnnouncementPlan = { at: at.toISOString(), announcements: [], resets: [] }
    for (const cert of candidates) {
      // recorded ahead of its first day: the predecessor is still the one in force
      if (inForce(cert.product_id) !== cert.id) continue
      const status: CertificateStatus = certificateStatus(
        { stars: cert.stars, valid_from: cert.valid_from, valid_to: cert.valid_to },
        at
      )
      if (status === "expiring" || status === "expired") {
        if (cert.announced_status === status) continue
        plan.announcements.push({
          id: cert.id,
          product_id: cert.product_id,
          status,
          stars: cert.stars,
          decision_number: cert.decision_number,
          issuer_name: cert.issuer_name,
          valid_to: toDate(cert.valid_to).toISOString(),
          days_until_expiry: daysUntilExpiry(cert, at),
        })
      } else if (cert.announced_status != null) {
        plan.resets.push(cert.id)
      }
    }
    return new StepResponse(plan)
  }
)

/** Records what was announced, so the next run announces nothing twice. */
export const recordOcopAnnouncedStatusStep = createStep(
  "record-ocop-announced-status",
  async (plan: ExpiryAnnouncementPlan, { container }) => {
    const changes = [
      ...plan.announcements.map((a) => ({ id: a.id, announced_status: a.status as string | null })),
      ...plan.resets.map((id) => ({ id, announced_status: null as string | null })),
    ]
    if (!changes.length) return new StepResponse([], [])
    const ocop = ocopService(container)
    const previous = await ocop.listOcopCertificates(
      { id: changes.map((change) => change.id) },
      { select: ["id", "announced_status"] }
    )
    await ocop.updateOcopCertificates(changes)
    return new StepResponse(
      changes.map((change) => change.id),
      previous.map((cert) => ({ id: cert.id, announced_status: cert.announced_status }))
    )
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    await ocopService(container).updateOcopCertificates(previous)
  }
)

/**
 * Puts one event per announcement on the event bus, in the workflow's event group: the bus holds
 * them until the workflow has succeeded and drops them if it fails. (One step for both event
 * names instead of two renamed emitEventStep calls: a step renamed with .config() breaks when the
 * workflow module is evaluated twice, as a test importing it next to Medusa's loader does.)
 */
export const emitOcopExpiryEventsStep = createStep(
  "emit-ocop-certificate-expiry-events",
  async (plan: ExpiryAnnouncementPlan, { container, eventGroupId }) => {
    if (!plan.announcements.length) return new StepResponse(null, null)
    const metadata = eventGroupId ? { eventGroupId } : {}
    await container.resolve(Modules.EVENT_BUS).emit(
      plan.announcements.map((data) => ({
        name:
          data.status === "expired"
            ? OcopCertificateEvents.EXPIRED
            : OcopCertificateEvents.EXPIRING,
        data,
        metadata,
      }))
    )
    return new StepResponse(null, eventGroupId ?? null)
  },
  async (eventGroupId, { container }) => {
    if (!eventGroupId) return
    await container.resolve(Modules.EVENT_BUS).clearGroupedEvents(eventGroupId, {
      eventNames: Object.values(OcopCertificateEvents),
    })
  }
)
