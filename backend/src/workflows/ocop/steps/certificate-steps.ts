import { generateEntityId } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  calendarDaysBetween,
  defaultValidTo,
  formatDateVi,
  legalBasisByCode,
  toDate,
  validateCertificateInput,
} from "@ocop/core"
import { type FieldProblem, invalidFields, notFound } from "../errors"
import { cleanText } from "../text"
import type {
  IssueOcopCertificateInput,
  OcopCertificateRecord,
  RevokeOcopCertificateInput,
} from "../types"
import { assertCatalogProductExists } from "./catalog-product"
import { type CertificateWrite, ocopService } from "./ocop-service"

function readDate(value: unknown): Date | undefined {
  if (!(value instanceof Date) && typeof value !== "string") return undefined
  try {
    return toDate(value)
  } catch {
    return undefined
  }
}

export interface PreparedCertificate {
  certificate: CertificateWrite & { id: string; product_id: string; valid_from: Date }
}

/**
 * Validates a new certificate with the shared OCOP rules, fills valid_from (the decision date)
 * and valid_to (36 months later) and reserves the new id, so the current certificate can point
 * at its successor before the successor exists (the one-current unique index needs that order).
 */
export const prepareOcopCertificateStep = createStep(
  "prepare-ocop-certificate",
  async (input: IssueOcopCertificateInput, { container }) => {
    await assertCatalogProductExists(container, input.product_id)

    const problems: FieldProblem[] = []
    const decisionNumber = cleanText(input.decision_number)
    const issuerName = cleanText(input.issuer_name)
    const legalBasis = cleanText(input.legal_basis)
    const decisionDate = readDate(input.decision_date)
    if (!decisionNumber) problems.push({ field: "decision_number", message: "is required" })
    if (!issuerName) problems.push({ field: "issuer_name", message: "is required" })
    if (!legalBasis) problems.push({ field: "legal_basis", message: "is required" })
    if (!input.issuer_level) problems.push({ field: "issuer_level", message: "is required" })
    if (input.decision_date == null || input.decision_date === "") {
      problems.push({ field: "decision_date", message: "is required" })
    }

    const validFrom = input.valid_from ?? decisionDate
    const validTo = input.valid_to ?? (decisionDate ? defaultValidTo(decisionDate) : undefined)
    const checked = validateCertificateInput({
      stars: input.stars,
      score: input.score,
      valid_from: validFrom,
      valid_to: validTo,
      decision_number: decisionNumber ?? undefined,
      decision_date: input.decision_date,
      issuer_level: input.issuer_level,
      legal_basis: legalBasis ?? undefined,
    })
    if (!checked.ok) {
      for (const error of checked.errors) {
        // a missing decision date is reported once, as "decision_date: is required"
        if (error.field === "valid_from" && input.valid_from == null && !decisionDate) continue
        if (error.field === "valid_to" && input.valid_to == null && !decisionDate) continue
        problems.push({ field: error.field, message: error.message })
      }
    }

    const ocop = ocopService(container)
    const history = await ocop.listOcopCertificates(
      { product_id: input.product_id },
      { select: ["id", "decision_number", "decision_date", "superseded_by_id"] }
    )
    if (decisionNumber && history.some((cert) => cert.decision_number === decisionNumber)) {
      problems.push({
        field: "decision_number",
        message: `${decisionNumber} is already recorded for this product`,
      })
    }
    const current = history.find((cert) => cert.superseded_by_id == null)
    if (current && decisionDate && calendarDaysBetween(current.decision_date, decisionDate) < 0) {
      problems.push({
        field: "decision_date",
        message: `is before the current certificate's decision (${formatDateVi(current.decision_date)}); a re-recognition must be newer`,
      })
    }
    if (problems.length) throw invalidFields(problems)

    const from = readDate(validFrom) as Date
    const certificate = {
      id: generateEntityId(undefined, "ocert"),
      product_id: input.product_id,
      stars: input.stars,
      score: input.score ?? null,
      decision_number: decisionNumber as string,
      decision_date: decisionDate as Date,
      issuer_name: issuerName as string,
      issuer_level: input.issuer_level,
      legal_basis: legalBasisByCode(legalBasis as string)?.code ?? (legalBasis as string),
      round_label: cleanText(input.round_label) ?? null,
      valid_from: from,
      valid_to: readDate(validTo) as Date,
      metadata: input.metadata ?? null,
    }
    const prepared: PreparedCertificate = { certificate }
    return new StepResponse(prepared)
  }
)

export interface SupersedeInput {
  product_id: string
  successor_id: string
  /** When the successor takes effect: its valid_from. */
  superseded_at: Date | string
}

type SupersedeUndo = Pick<OcopCertificateRecord, "id" | "superseded_by_id" | "superseded_at">

/** Marks the product's current certificate as superseded by the (reserved) successor id. */
export const supersedeCurrentOcopCertificateStep = createStep(
  "supersede-current-ocop-certificate",
  async (input: SupersedeInput, { container }) => {
    const ocop = ocopService(container)
    const [current] = await ocop.listOcopCertificates({
      product_id: input.product_id,
      superseded_by_id: null,
    })
    if (!current)
      return new StepResponse<OcopCertificateRecord | null, SupersedeUndo | null>(null, null)
    const undo: SupersedeUndo = {
      id: current.id,
      superseded_by_id: current.superseded_by_id,
      superseded_at: current.superseded_at,
    }
    const updated = await ocop.updateOcopCertificates({
      id: current.id,
      superseded_by_id: input.successor_id,
      superseded_at: toDate(input.superseded_at),
    })
    return new StepResponse<OcopCertificateRecord | null, SupersedeUndo | null>(updated, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    await ocopService(container).updateOcopCertificates(undo)
  }
)

export const createOcopCertificateStep = createStep(
  "create-ocop-certificate",
  async (certificate: PreparedCertificate["certificate"], { container }) => {
    const created = await ocopService(container).createOcopCertificates(certificate)
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) return
    // a hard delete: the reserved id and decision number must be free for a retry
    await ocopService(container).deleteOcopCertificates(id)
  }
)

export interface PreparedRevocation {
  certificate_id: string
  product_id: string
  revoked_at: Date
  reason: string
}

/** Checks a revocation; revoked_at defaults to now (a step may read the clock, a workflow not). */
export const prepareOcopRevocationStep = createStep(
  "prepare-ocop-revocation",
  async (input: RevokeOcopCertificateInput, { container }) => {
    const ocop = ocopService(container)
    const [certificate] = await ocop.listOcopCertificates({ id: input.certificate_id })
    if (!certificate) throw notFound("OCOP certificate", input.certificate_id)
    const problems: FieldProblem[] = []
    const reason = cleanText(input.reason)
    if (!reason) problems.push({ field: "reason", message: "is required" })
    const revokedAt = input.revoked_at == null ? new Date() : readDate(input.revoked_at)
    if (!revokedAt) {
      problems.push({ field: "revoked_at", message: `is not a date: ${String(input.revoked_at)}` })
    } else if (calendarDaysBetween(certificate.valid_from, revokedAt) < 0) {
      problems.push({ field: "revoked_at", message: "cannot be before valid_from" })
    }
    if (certificate.revoked_at) {
      problems.push({
        field: "certificate_id",
        message: `certificate ${certificate.decision_number} was already revoked on ${formatDateVi(certificate.revoked_at)}`,
      })
    }
    if (problems.length) throw invalidFields(problems)
    const prepared: PreparedRevocation = {
      certificate_id: certificate.id,
      product_id: certificate.product_id,
      revoked_at: revokedAt as Date,
      reason: reason as string,
    }
    return new StepResponse(prepared)
  }
)

export const revokeOcopCertificateStep = createStep(
  "revoke-ocop-certificate",
  async (input: PreparedRevocation, { container }) => {
    const ocop = ocopService(container)
    const previous = await ocop.retrieveOcopCertificate(input.certificate_id)
    const updated = await ocop.updateOcopCertificates({
      id: input.certificate_id,
      revoked_at: toDate(input.revoked_at),
      revocation_reason: input.reason,
    })
    return new StepResponse(updated, {
      id: previous.id,
      revoked_at: previous.revoked_at,
      revocation_reason: previous.revocation_reason,
    })
  },
  async (undo, { container }) => {
    if (!undo) return
    await ocopService(container).updateOcopCertificates(undo)
  }
)
