import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { posService } from "../../../pos/lib/register-view"
import type { AdminPosList } from "../validators"

/**
 * The staff review list of counter VietQR payments: transfers whose amount disagrees with the
 * sale, second transfers for one reference, references reused; and, older than `stale_minutes`
 * (default 30), a sale the clerk confirmed offline with no bank notification yet, or a
 * notification no sale has claimed.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { register_id, limit, offset, stale_minutes } =
    req.validatedQuery as unknown as AdminPosList
  const before = new Date(Date.now() - (stale_minutes ?? 30) * 60_000)
  const [rows, count] = await posService(req.scope).listAndCountPosVietQrPayments(
    {
      ...(register_id ? { register_id } : {}),
      resolved_at: null,
      $or: [{ status: "needs_review" }, { status: "pending", created_at: { $lte: before } }],
    },
    { order: { created_at: "DESC" }, take: limit, skip: offset }
  )
  res.json({
    payments: rows.map((row) => ({
      id: row.id,
      reference: row.reference,
      register_id: row.register_id,
      status: row.status,
      review_reason:
        row.review_reason ??
        (row.sale_id ? "no_bank_notification_yet" : "no_sale_for_notification"),
      sale_id: row.sale_id,
      order_id: row.order_id,
      expected_amount: row.expected_amount,
      received_amount: row.received_amount,
      confirmed_offline: row.confirmed_offline,
      transaction_id: row.transaction_id,
      notified_at: row.notified_at,
      created_at: row.created_at,
      note: row.resolution_note,
    })),
    count,
    limit,
    offset,
  })
}
