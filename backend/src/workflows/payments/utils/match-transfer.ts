import { VIETQR_PROVIDER_ID } from "../../../modules/vietqr-payment/options"

export type TransferSource = "bank_webhook" | "staff"

export type ReviewReason =
  | "unknown_reference"
  | "ambiguous_reference"
  | "already_paid"
  | "account_mismatch"
  | "amount_mismatch"
  | "order_cancelled"
  | "cart_not_completable"
  | "not_captured"

/** The parts of a payment session the matching looks at. */
export interface CandidateSession {
  id: string
  provider_id: string
  status: string
  amount: number
  currency_code: string
  payment_collection_id: string
  data: Record<string, unknown> | null
  /** The checkout cart the session's collection belongs to (none for staff-made orders). */
  cart_id?: string | null
  /** The order the collection pays, once there is one, and its status. */
  order_id?: string | null
  order_status?: string | null
}

export interface TransferFacts {
  amount: number
  account_number?: string | null
  bank_bin?: string | null
}

export type MatchDecision =
  | { outcome: "matched"; session: CandidateSession }
  | { outcome: "needs_review"; reason: ReviewReason; session: CandidateSession | null }

const PAID_STATUSES = new Set(["authorized", "captured"])

function sameAccount(reported: string | null | undefined, ours: unknown): boolean {
  if (!reported) return true
  return typeof ours === "string" && reported.trim() === ours
}

/**
 * Decides what a received transfer pays. Only an exact match (one open VietQR session, our
 * account, the exact amount) confirms a payment; everything else is kept for staff, because
 * accepting a partial payment ships goods unpaid and accepting an over-payment hides money the
 * shop owes back.
 */
export function decideTransferMatch(
  transfer: TransferFacts,
  sessions: readonly CandidateSession[]
): MatchDecision {
  const candidates = sessions.filter((s) => s.provider_id === VIETQR_PROVIDER_ID)
  if (candidates.length === 0)
    return { outcome: "needs_review", reason: "unknown_reference", session: null }
  if (candidates.length > 1) {
    return { outcome: "needs_review", reason: "ambiguous_reference", session: null }
  }
  const session = candidates[0] as CandidateSession
  const data = session.data ?? {}
  // Money for an order that no longer exists goes back to the customer: never capture it.
  if (session.order_status === "canceled") {
    return { outcome: "needs_review", reason: "order_cancelled", session }
  }
  if (PAID_STATUSES.has(session.status) || data.confirmed_transfer) {
    return { outcome: "needs_review", reason: "already_paid", session }
  }
  if (
    !sameAccount(transfer.account_number, data.account_number) ||
    !sameAccount(transfer.bank_bin, data.bank_bin)
  ) {
    return { outcome: "needs_review", reason: "account_mismatch", session }
  }
  if (session.currency_code.toLowerCase() !== "vnd" || transfer.amount !== session.amount) {
    return { outcome: "needs_review", reason: "amount_mismatch", session }
  }
  return { outcome: "matched", session }
}
