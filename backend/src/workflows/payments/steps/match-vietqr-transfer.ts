import type { FilterablePaymentSessionProps, MedusaContainer } from "@medusajs/framework/types"
import {
  BigNumber,
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  type CandidateSession,
  decideTransferMatch,
  type MatchDecision,
  type ReviewReason,
  type TransferSource,
} from "../utils/match-transfer"

export interface MatchVietQrTransferInput {
  source: TransferSource
  reference?: string | null
  payment_session_id?: string | null
  order_id?: string | null
  amount: number
  account_number?: string | null
  bank_bin?: string | null
}

export interface MatchVietQrTransferResult {
  outcome: MatchDecision["outcome"]
  review_reason: ReviewReason | null
  reference: string | null
  payment_session_id: string | null
  payment_collection_id: string | null
  expected_amount: number | null
}

const SESSION_SELECT = [
  "id",
  "provider_id",
  "status",
  "amount",
  "raw_amount",
  "currency_code",
  "payment_collection_id",
  "data",
]

type SessionRow = Omit<CandidateSession, "amount"> & { amount: unknown }

function toCandidate(row: SessionRow): CandidateSession {
  return { ...row, amount: Number(new BigNumber(row.amount as number).numeric) }
}

async function sessionIdsOfOrder(container: MedusaContainer, orderId: string): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "payment_collections.payment_sessions.id"],
    filters: { id: orderId },
  })
  const order = data[0] as
    | { payment_collections?: Array<{ payment_sessions?: Array<{ id: string } | null> } | null> }
    | undefined
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${orderId} was not found`)
  return (order.payment_collections ?? []).flatMap((collection) =>
    (collection?.payment_sessions ?? []).flatMap((session) => (session ? [session.id] : []))
  )
}

async function loadCandidates(
  container: MedusaContainer,
  input: MatchVietQrTransferInput
): Promise<CandidateSession[]> {
  const payment = container.resolve(Modules.PAYMENT)
  let filters: FilterablePaymentSessionProps
  if (input.payment_session_id) {
    filters = { id: input.payment_session_id }
  } else if (input.order_id) {
    const ids = await sessionIdsOfOrder(container, input.order_id)
    if (ids.length === 0) return []
    filters = { id: ids }
  } else if (input.reference) {
    // The payment module stores session data as JSON; MikroORM filters on its properties.
    filters = { data: { reference: input.reference } } as unknown as FilterablePaymentSessionProps
  } else {
    return []
  }
  const rows = await payment.listPaymentSessions(filters, { select: SESSION_SELECT })
  return rows.map((row) => toCandidate(row as unknown as SessionRow))
}

const STAFF_REFUSALS: Record<ReviewReason, string> = {
  unknown_reference: "No open VietQR payment matches this reference, session or order",
  ambiguous_reference: "Several VietQR payments match; confirm by payment_session_id instead",
  already_paid: "This VietQR payment is already confirmed",
  account_mismatch: "The transfer went to another account",
  amount_mismatch: "The amount differs from what the order asks for",
  not_captured: "The payment could not be captured",
}

/**
 * Finds the VietQR payment session a transfer pays and decides whether it matches exactly.
 * Bank notifications that do not match are recorded for review by the next step; a staff member
 * confirming by hand is told at once instead (nothing is written).
 */
export const matchVietQrTransferStep = createStep(
  "match-vietqr-transfer",
  async (input: MatchVietQrTransferInput, { container }) => {
    const candidates = await loadCandidates(container, input)
    const decision = decideTransferMatch(input, candidates)
    if (decision.outcome === "needs_review" && input.source === "staff") {
      const expected = decision.session ? ` (expected ${decision.session.amount} VND)` : ""
      const type =
        decision.reason === "unknown_reference"
          ? MedusaError.Types.NOT_FOUND
          : decision.reason === "already_paid"
            ? MedusaError.Types.CONFLICT
            : MedusaError.Types.INVALID_DATA
      throw new MedusaError(type, `${STAFF_REFUSALS[decision.reason]}${expected}`)
    }
    const session = decision.session
    const reference =
      input.reference ??
      (typeof session?.data?.reference === "string" ? session.data.reference : null)
    const result: MatchVietQrTransferResult = {
      outcome: decision.outcome,
      review_reason: decision.outcome === "needs_review" ? decision.reason : null,
      reference,
      payment_session_id: session?.id ?? null,
      payment_collection_id: session?.payment_collection_id ?? null,
      expected_amount: session?.amount ?? null,
    }
    return new StepResponse(result)
  }
)
