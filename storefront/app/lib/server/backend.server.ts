import { createOcopClient, type OcopClient } from "@ocop/sdk"
import { data } from "react-router"
import { LOCALE_TAGS, type Locale } from "../../i18n"
import { readStorefrontConfig } from "./config.server"

export interface RequestClientOptions {
  locale: Locale
  /** A signed-in customer's token (from our cookie); guests have none. */
  customerToken?: string | null
  /**
   * The shopper's address. The backend limits store writes and sign-ins per client address; all
   * shoppers reach it through this server, so it is sent as X-Forwarded-For (believed by the
   * backend only when its TRUST_PROXY trusts this server).
   */
  clientAddress?: string | null
}

/**
 * A client for one request: the publishable key of the web store, the visitor's language for
 * Medusa's translations and, when signed in, the customer's token. Built per request so no
 * visitor's token can leak into another's call.
 */
export function backendFor({
  locale,
  customerToken,
  clientAddress,
}: RequestClientOptions): OcopClient {
  const config = readStorefrontConfig()
  return createOcopClient({
    baseUrl: config.backendUrl,
    publishableKey: config.publishableKey,
    auth: { type: "jwt", jwtTokenStorageMethod: "memory" },
    globalHeaders: {
      "x-medusa-locale": LOCALE_TAGS[locale],
      ...(customerToken ? { authorization: `Bearer ${customerToken}` } : {}),
      ...(clientAddress ? { "x-forwarded-for": clientAddress } : {}),
    },
  })
}

/** js-sdk's FetchError (non-2xx answer), recognised by shape so that no copy of the class matters. */
function httpStatusOf(error: unknown): number | null {
  if (error instanceof Error && "status" in error && typeof error.status === "number") {
    return error.status
  }
  return null
}

export type BackendFailure = { kind: "unavailable" } | { kind: "not_found" }

/**
 * Runs backend calls for a page: a 404 from the backend becomes the page's 404; the backend
 * being down or failing becomes a 503 page with a retry (never a stack trace).
 */
export async function fromBackend<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    throw backendErrorResponse(error)
  }
}

export function backendErrorResponse(error: unknown) {
  if (httpStatusOf(error) === 404) {
    return data({ kind: "not_found" } satisfies BackendFailure, { status: 404 })
  }
  console.error("backend call failed:", error instanceof Error ? error.message : error)
  return data({ kind: "unavailable" } satisfies BackendFailure, {
    status: 503,
    headers: { "Retry-After": "30" },
  })
}

export function notFound() {
  return data({ kind: "not_found" } satisfies BackendFailure, { status: 404 })
}

/** Message and status of a backend refusal (4xx), for showing the server's own words. */
export function backendRefusal(error: unknown): { status: number; message: string } | null {
  const status = httpStatusOf(error)
  if (status !== null && status >= 400 && status < 500 && error instanceof Error) {
    return { status, message: error.message }
  }
  return null
}
