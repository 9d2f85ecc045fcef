import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import type { PosSaleInput, PosSaleOutcome } from "@ocop/sdk"
import { PosSaleSchema } from "../validators"

/** "lines.0.quantity: must be at least 1; tenders: …" — every refused field by its path. */
export function describeZodIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.map(String).join(".")
      if (issue.code === "unrecognized_keys") {
        const keys = issue.keys.map((key) => (path ? `${path}.${key}` : key))
        return `${keys.join(", ")}: unknown field`
      }
      return `${path || "body"}: ${issue.message}`
    })
    .join("; ")
}

function strictParse<T extends z.ZodType>(schema: T, value: unknown) {
  const strict =
    "strict" in schema && typeof schema.strict === "function" ? schema.strict() : schema
  return (strict as T).safeParse(value)
}

/**
 * Like Medusa's validateAndTransformBody, but the 400 names each field in the contract's form
 * ("lines.0.quantity: must be …") so the tablet can show the clerk what to fix.
 */
export function validatePosBody<T extends z.ZodType>(schema: T) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const parsed = strictParse(schema, req.body ?? {})
    if (!parsed.success) {
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, describeZodIssues(parsed.error)))
    }
    req.validatedBody = parsed.data
    next()
  }
}

export function validatePosQuery<T extends z.ZodType>(schema: T) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const parsed = schema.safeParse(req.query ?? {})
    if (!parsed.success) {
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, describeZodIssues(parsed.error)))
    }
    req.validatedQuery = parsed.data as Record<string, unknown>
    next()
  }
}

export function validatePosParams<T extends z.ZodType>(schema: T) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const parsed = schema.safeParse(req.params ?? {})
    if (!parsed.success) {
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, describeZodIssues(parsed.error)))
    }
    next()
  }
}

/**
 * A batch's sales checked one by one against the single sale's schema: the valid ones with their
 * place in the batch, and a refusal (400 naming the field) for each of the others.
 */
export function splitSaleBatch(sales: unknown[]): {
  valid: { index: number; sale: PosSaleInput }[]
  invalid: { index: number; outcome: PosSaleOutcome }[]
} {
  const valid: { index: number; sale: PosSaleInput }[] = []
  const invalid: { index: number; outcome: PosSaleOutcome }[] = []
  sales.forEach((candidate, index) => {
    const parsed = strictParse(PosSaleSchema, candidate)
    if (parsed.success) {
      valid.push({ index, sale: parsed.data as PosSaleInput })
      return
    }
    const clientId = (candidate as { client_id?: unknown } | null)?.client_id
    invalid.push({
      index,
      outcome: {
        client_id: typeof clientId === "string" ? clientId : null,
        status: "refused",
        code: 400,
        message: describeZodIssues(parsed.error),
      },
    })
  })
  return { valid, invalid }
}
