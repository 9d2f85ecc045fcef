import { vietQrPaid } from "../features/checkout/order.server"
import { pageContext } from "../lib/server/page.server"
import type { Route } from "./+types/api.order-payment"

/** { paid } of an order's VietQR payment: polled by the confirmation page until it turns true. */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const ctx = await pageContext(request, context)
  try {
    return Response.json(
      { paid: await vietQrPaid(ctx, params.id ?? "") },
      { headers: { "Cache-Control": "no-store" } }
    )
  } catch {
    return Response.json({ paid: false }, { status: 503, headers: { "Cache-Control": "no-store" } })
  }
}
