import {
  ISSUER_LEVELS,
  isIssuerLevel,
  issuerLevelsForStars,
  LEGAL_BASES,
  legalBasisByCode,
} from "./certificate-issuers"
import { calendarDaysBetween, readDate, vietnamCalendarDate } from "./dates"
import { isOcopStar } from "./stars"

/** Certificate fields as typed in the admin form or an import file, before they are trusted. */
export interface CertificateInput {
  stars: unknown
  score?: unknown
  valid_from: unknown
  valid_to: unknown
  decision_number?: unknown
  decision_date?: unknown
  issuer_level?: unknown
  legal_basis?: unknown
}

export interface FieldError {
  field: keyof CertificateInput
  message: string
}

export type CertificateValidation = { ok: true } | { ok: false; errors: FieldError[] }

function isBlank(value: unknown): boolean {
  return value == null || (typeof value === "string" && value.trim() === "")
}

/**
 * Checks a certificate before it is stored and returns every problem at once, each tied to its
 * field so a form can show it next to the input. Issuer/star consistency is checked on the
 * decision date (or valid_from when the decision date is missing).
 */
export function validateCertificateInput(input: CertificateInput): CertificateValidation {
  const errors: FieldError[] = []
  const add = (field: keyof CertificateInput, message: string) => errors.push({ field, message })

  if (!isOcopStar(input.stars)) {
    add(
      "stars",
      `Stars must be a whole number from 3 to 5 (certificates exist only for 3★ or more), got ${String(input.stars)}`
    )
  }

  if (!isBlank(input.score)) {
    const score = input.score
    if (typeof score !== "number" || !Number.isFinite(score) || score < 0 || score > 100) {
      add("score", `Score must be a number from 0 to 100, got ${String(score)}`)
    }
  }

  const validFrom = readDate(input.valid_from)
  const validTo = readDate(input.valid_to)
  if (!validFrom) add("valid_from", `valid_from is not a date: ${String(input.valid_from)}`)
  if (!validTo) add("valid_to", `valid_to is not a date: ${String(input.valid_to)}`)
  if (validFrom && validTo && calendarDaysBetween(validFrom, validTo) <= 0) {
    add("valid_to", "valid_to must be after valid_from")
  }

  let decisionDate: Date | undefined
  if (!isBlank(input.decision_date)) {
    decisionDate = readDate(input.decision_date)
    if (!decisionDate) {
      add("decision_date", `decision_date is not a date: ${String(input.decision_date)}`)
    } else if (validFrom && calendarDaysBetween(decisionDate, validFrom) < 0) {
      add("valid_from", "valid_from cannot be before decision_date")
    }
  }

  const decisionNumber = input.decision_number
  if (typeof decisionNumber === "string" && decisionNumber.trim() === "") {
    add("decision_number", 'decision_number is empty; expected e.g. "4261/QĐ-UBND"')
  } else if (decisionNumber != null && typeof decisionNumber !== "string") {
    add("decision_number", "decision_number must be text")
  }

  if (!isBlank(input.issuer_level)) {
    const level = input.issuer_level
    if (!isIssuerLevel(level)) {
      add(
        "issuer_level",
        `Unknown issuer_level ${String(level)}; expected one of ${ISSUER_LEVELS.join(", ")}`
      )
    } else {
      const onDate = decisionDate ?? validFrom
      if (isOcopStar(input.stars) && onDate) {
        const allowed = issuerLevelsForStars(input.stars, vietnamCalendarDate(onDate))
        if (!allowed.includes(level)) {
          add(
            "issuer_level",
            `${input.stars}★ cannot be issued at ${level} level on that date; expected ${allowed.join(" or ")}`
          )
        }
      }
    }
  }

  if (!isBlank(input.legal_basis)) {
    const basis = input.legal_basis
    if (typeof basis !== "string" || !legalBasisByCode(basis)) {
      add(
        "legal_basis",
        `Unknown legal_basis ${String(basis)}; expected one of ${LEGAL_BASES.map((b) => b.code).join(", ")}`
      )
    }
  }

  return errors.length === 0 ? { ok: true } : { ok: false, errors }
}
