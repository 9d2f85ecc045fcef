import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import {
  emitOcopExpiryEventsStep,
  planOcopExpiryAnnouncementsStep,
  recordOcopAnnouncedStatusStep,
} from "./steps/announce-steps"

export interface AnnounceCertificateExpiryInput {
  /** The moment to judge statuses at; the job passes nothing (now), tests a fixed date. */
  at?: string | Date
}

/**
 * The daily job's logic: current certificates that crossed into expiring or expired since the
 * last run are marked as announced and one event per certificate goes out on the event bus
 * (released when the workflow succeeds, so a failed run announces nothing).
 */
export const announceCertificateExpiryWorkflow = createWorkflow(
  "announce-ocop-certificate-expiry",
  (input: AnnounceCertificateExpiryInput) => {
    acquireLockStep({ key: "ocop-certificate-expiry-announcements", timeout: 30, ttl: 600 })
    const plan = planOcopExpiryAnnouncementsStep(input)
    recordOcopAnnouncedStatusStep(plan)
    emitOcopExpiryEventsStep(plan)
    releaseLockStep({ key: "ocop-certificate-expiry-announcements" })
    const summary = transform({ plan }, ({ plan }) => ({
      at: plan.at,
      announced: plan.announcements,
      reset: plan.resets,
    }))
    return new WorkflowResponse(summary)
  }
)
