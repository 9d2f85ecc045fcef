import { useQuery } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { loadOrder, loadVietQr } from "../features/checkout/order.server"
import { formatDate, formatPrice } from "../lib/format"
import { useLocale } from "../lib/locale"
import { localePath } from "../lib/paths"
import { seoMeta } from "../lib/seo"
import { fromBackend } from "../lib/server/backend.server"
import { pageContext } from "../lib/server/page.server"
import type { Route } from "./+types/order"

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const ctx = await pageContext(request, context)
  const order = await fromBackend(() => loadOrder(ctx, params.id ?? ""))
  const vietqr = await fromBackend(() => loadVietQr(ctx, order))
  return {
    order,
    vietqr,
    seo: seoMeta({
      title: `${ctx.t("order.title", { number: order.displayId })} · ${ctx.t("meta.siteName")}`,
      description: ctx.t("meta.tagline"),
      origin: ctx.origin,
      path: `/orders/${order.id}`,
      locale: ctx.locale,
      siteName: ctx.t("meta.siteName"),
      noindex: true,
    }),
  }
}

export const meta: Route.MetaFunction = ({ loaderData }) => loaderData?.seo ?? []

const POLL_MS = 3000

/** Asks every few seconds whether the bank's notification has arrived; stops once it has. */
function usePaid(orderId: string, initiallyPaid: boolean) {
  const { data } = useQuery({
    queryKey: ["order-paid", orderId],
    queryFn: async ({ signal }) => {
      const response = await fetch(`/api/orders/${encodeURIComponent(orderId)}/payment`, { signal })
      if (!response.ok) return false
      return ((await response.json()) as { paid: boolean }).paid
    },
    initialData: initiallyPaid,
    refetchInterval: (query) => (query.state.data ? false : POLL_MS),
    refetchIntervalInBackground: true,
    // the loader has just asked: the first poll waits its turn instead of asking again on mount
    staleTime: POLL_MS,
  })
  return data
}

function VietQrPanel({
  orderId,
  vietqr,
}: {
  orderId: string
  vietqr: NonNullable<Route.ComponentProps["loaderData"]["vietqr"]>
}) {
  const { t } = useTranslation()
  const paid = usePaid(orderId, vietqr.paid)
  return (
    <section className="qr-box" aria-labelledby="vietqr-heading" data-testid="vietqr">
      <h2 id="vietqr-heading">{t("order.payByVietQr")}</h2>
      <p
        role="status"
        aria-live="polite"
        data-testid="payment-status"
        className={paid ? "paid" : "muted"}
      >
        {paid ? t("order.paid") : t("order.awaitingTransfer")}
      </p>
      {!paid && (
        <>
          {vietqr.isDemo && <p className="notice notice-warning">{t("order.demoAccount")}</p>}
          <figure
            className="qr"
            data-testid="vietqr-code"
            aria-label={t("order.qrLabel")}
            // biome-ignore lint/security/noDangerouslySetInnerHtml: SVG drawn on our server by the qrcode library from the payment payload
            dangerouslySetInnerHTML={{ __html: vietqr.svg }}
          />
          <dl className="facts">
            <dt>{t("order.bank")}</dt>
            <dd>{vietqr.bankName}</dd>
            <dt>{t("order.accountNumber")}</dt>
            <dd data-testid="account-number">{vietqr.accountNumber}</dd>
            <dt>{t("order.accountName")}</dt>
            <dd>{vietqr.accountName}</dd>
            <dt>{t("order.amount")}</dt>
            <dd data-testid="vietqr-amount">{formatPrice(vietqr.amount)}</dd>
            <dt>{t("order.reference")}</dt>
            <dd>
              <strong data-testid="vietqr-reference">{vietqr.reference}</strong>
            </dd>
          </dl>
          <p className="muted">{t("order.referenceHint")}</p>
        </>
      )}
    </section>
  )
}

export default function OrderPage({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation()
  const locale = useLocale()
  const { order, vietqr } = loaderData
  return (
    <article className="order-page" data-testid="order-page" data-order-id={order.id}>
      <h1>{t("order.thanks")}</h1>
      <p>
        {t("order.placed", { number: order.displayId, date: formatDate(locale, order.createdAt) })}
        {order.email && ` ${t("order.emailSent", { email: order.email })}`}
      </p>
      {vietqr && <VietQrPanel orderId={order.id} vietqr={vietqr} />}
      {!vietqr && order.paidByCard && (
        <p className="notice" data-testid="card-paid">
          {t("order.cardPaid", { total: formatPrice(order.total) })}
        </p>
      )}
      {!vietqr && !order.paidByCard && (
        <p className="notice">{t("order.codNote", { total: formatPrice(order.total) })}</p>
      )}
      <section aria-labelledby="order-lines">
        <h2 id="order-lines">{t("checkout.summary")}</h2>
        <ul className="cart-lines">
          {order.lines.map((line) => (
            <li key={line.id} className="cart-line">
              <span className="cart-line-title">
                {line.title}
                {line.variantTitle && <span className="muted"> · {line.variantTitle}</span>}
              </span>
              <span>
                {line.quantity} × <strong>{formatPrice(line.total)}</strong>
              </span>
            </li>
          ))}
        </ul>
        <dl className="totals">
          <dt>{t("cart.subtotal")}</dt>
          <dd>{formatPrice(order.itemTotal)}</dd>
          <dt>{order.shippingMethod ?? t("checkout.shippingFee")}</dt>
          <dd>
            {order.shippingTotal === 0 ? t("checkout.free") : formatPrice(order.shippingTotal)}
          </dd>
          <dt className="grand">{t("checkout.total")}</dt>
          <dd className="grand" data-testid="order-total">
            {formatPrice(order.total)}
          </dd>
        </dl>
      </section>
      {order.address && (
        <section aria-labelledby="order-address">
          <h2 id="order-address">{t("order.deliverTo")}</h2>
          <p>
            {order.address.name}
            {order.address.phone && ` · ${order.address.phone}`}
            <br />
            {order.address.place}
          </p>
        </section>
      )}
      <p>
        <Link to={localePath(locale, "/products")}>{t("cart.continue")}</Link>
      </p>
    </article>
  )
}
