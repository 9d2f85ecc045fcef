/**
 * Outcome of parsing or validating untrusted input (forms, query strings, scanned codes).
 * Parsers return this instead of throwing so that callers in UI code handle the failure path
 * explicitly; functions that receive programmer-supplied values (builders, asserts) throw.
 */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string }

export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

export function err<T = never>(error: string): Result<T> {
  return { ok: false, error }
}

/** One problem with one input field, so a form can show it next to that field. */
export interface FieldProblem {
  field: string
  message: string
}
