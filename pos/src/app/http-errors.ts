/**
 * js-sdk throws a FetchError carrying `status` for every HTTP answer ≥ 300, and lets fetch's own
 * TypeError through when there was no answer at all (offline, DNS, connection reset, aborted).
 */
export function httpStatusOf(error: unknown): number | null {
  if (typeof error === "object" && error !== null && "status" in error) {
    const status = (error as { status: unknown }).status
    if (typeof status === "number") return status
  }
  return null
}

export function errorMessageOf(error: unknown): string {
  if (error instanceof Error) return error.message
  return String(error)
}

export type FailureKind = "network" | "unauthorized" | "rejected" | "server"

/**
 * How the till reacts: retry later (no answer, 5xx, a route missing mid-deploy, throttled), ask
 * for a sign-in (401: the token expired or the tablet was revoked), or keep the refusal for a
 * manager (400, 403 another register's shift or clerk, 409, 413, 422…).
 */
export function classifyFailure(error: unknown): FailureKind {
  const status = httpStatusOf(error)
  if (status === null) return "network"
  if (status === 401) return "unauthorized"
  // 404/405: a route missing on a backend mid-deploy is not a verdict on the sale; retry
  if ([404, 405, 408, 425, 429].includes(status) || status >= 500) return "server"
  return "rejected"
}
