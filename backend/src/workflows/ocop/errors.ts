import { MedusaError } from "@medusajs/framework/utils"
import type { FieldProblem } from "@ocop/core"

export type { FieldProblem }

/**
 * Domain validation fails with INVALID_DATA (HTTP 400) and a message that starts with the field,
 * "stars: …; valid_to: …", so an admin form can put each problem next to its input.
 */
export function invalidFields(problems: readonly FieldProblem[]): MedusaError {
  const message = problems.map((problem) => `${problem.field}: ${problem.message}`).join("; ")
  return new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

export function invalidField(field: string, message: string): MedusaError {
  return invalidFields([{ field, message }])
}

export function notFound(what: string, id: string): MedusaError {
  return new MedusaError(MedusaError.Types.NOT_FOUND, `${what} with id "${id}" was not found`)
}
