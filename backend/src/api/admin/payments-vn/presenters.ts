import { BigNumber } from "@medusajs/framework/utils"

interface TransferRecord {
  id: string
  transaction_id: string
  source: string
  status: string
  review_reason: string | null
  error: string | null
  reference: string | null
  amount: unknown
  expected_amount: unknown
  account_number: string | null
  bank_bin: string | null
  paid_at: Date | string | null
  description: string | null
  payment_session_id: string | null
  payment_collection_id: string | null
  payment_id: string | null
  order_id: string | null
  confirmed_by: string | null
  note: string | null
  resolved_at: Date | string | null
  resolved_by: string | null
  resolution_note: string | null
  refunded_amount: unknown
  refund_reference: string | null
  created_at: Date | string
}

function wholeVnd(value: unknown): number | null {
  if (value === null || value === undefined) return null
  return Number(new BigNumber(value as number).numeric)
}

/** A bank transfer as the admin and the bank see it: amounts as whole đồng numbers. */
export function presentTransfer(transfer: TransferRecord) {
  return {
    id: transfer.id,
    transaction_id: transfer.transaction_id,
    source: transfer.source,
    status: transfer.status,
    review_reason: transfer.review_reason,
    error: transfer.error,
    reference: transfer.reference,
    amount: wholeVnd(transfer.amount),
    expected_amount: wholeVnd(transfer.expected_amount),
    account_number: transfer.account_number,
    bank_bin: transfer.bank_bin,
    paid_at: transfer.paid_at,
    description: transfer.description,
    payment_session_id: transfer.payment_session_id,
    payment_collection_id: transfer.payment_collection_id,
    payment_id: transfer.payment_id,
    order_id: transfer.order_id,
    confirmed_by: transfer.confirmed_by,
    note: transfer.note,
    resolved_at: transfer.resolved_at,
    resolved_by: transfer.resolved_by,
    resolution_note: transfer.resolution_note,
    refunded_amount: wholeVnd(transfer.refunded_amount),
    refund_reference: transfer.refund_reference,
    created_at: transfer.created_at,
  }
}
