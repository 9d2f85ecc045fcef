import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"

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
