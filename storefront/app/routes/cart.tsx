import { useTranslation } from "react-i18next"
import { data, Form, Link, redirect } from "react-router"
import { cartCookies, currentCart, ensureCart, itemCount } from "../features/cart/cart.server"
import { CartLines } from "../features/cart/cart-lines"
import { toCartView } from "../features/cart/cart-view"
import { useLocale } from "../lib/locale"
import { localePath } from "../lib/paths"
import { seoMeta } from "../lib/seo"
import { backendRefusal, fromBackend } from "../lib/server/backend.server"
import { pageContext } from "../lib/server/page.server"
import { Price } from "../ui/price"
import type { Route } from "./+types/cart"

export async function loader({ request, context }: Route.LoaderArgs) {
  const { locale, origin, t, backend } = await pageContext(request, context)
  const cart = await fromBackend(() => currentCart(request, backend))
  return data(
    {
      cart: cart ? toCartView(cart) : null,
      seo: seoMeta({
        title: `${t("cart.title")} · ${t("meta.siteName")}`,
        description: t("meta.tagline"),
        origin,
        path: "/cart",
        locale,
        siteName: t("meta.siteName"),
        noindex: true,
      }),
    },
    { headers: await cartCookies(cart) }
  )
}

export const meta: Route.MetaFunction = ({ loaderData }) => loaderData?.seo ?? []

function quantityOf(form: FormData): number {
  const quantity = Number(form.get("quantity") ?? 1)
  return Number.isSafeInteger(quantity) && quantity >= 0 && quantity <= 99 ? quantity : 1
}

/**
 * Cart changes: add (from a product page), set a line's quantity, remove a line. With JavaScript
 * they come from fetchers and answer with data; without it the browser posts and is sent to the
 * cart page.
 */
export async function action({ request, context }: Route.ActionArgs) {
  const { locale, backend } = await pageContext(request, context)
  const form = await request.formData()
  const intent = String(form.get("intent") ?? "")
  const viaScript = form.get("via") === "fetcher"
  try {
    let cart = await fromBackend(() => ensureCart(request, backend))
    if (intent === "add") {
      const variantId = String(form.get("variant_id") ?? "")
      ;({ cart } = await backend.medusa.store.cart.createLineItem(cart.id, {
        variant_id: variantId,
        quantity: Math.max(1, quantityOf(form)),
      }))
    } else if (intent === "update" || intent === "remove") {
      const lineId = String(form.get("line_id") ?? "")
      const quantity = intent === "remove" ? 0 : quantityOf(form)
      if (quantity === 0) {
        const { parent } = await backend.medusa.store.cart.deleteLineItem(cart.id, lineId)
        if (parent) cart = parent
      } else {
        ;({ cart } = await backend.medusa.store.cart.updateLineItem(cart.id, lineId, { quantity }))
      }
    }
    const headers = await cartCookies(cart)
    if (!viaScript) throw redirect(localePath(locale, "/cart"), { headers })
    return data({ added: intent === "add", count: itemCount(cart), error: null }, { headers })
  } catch (error) {
    const refusal = backendRefusal(error)
    if (!refusal) throw error
    return data({ added: false, count: null, error: refusal.message }, { status: refusal.status })
  }
}

export default function CartPage({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation()
  const locale = useLocale()
  const { cart } = loaderData
  return (
    <section className="cart-page">
      <h1>{t("cart.title")}</h1>
      {!cart || cart.lines.length === 0 ? (
        <div className="empty-state" data-testid="cart-empty">
          <p>{t("cart.empty")}</p>
          <Link className="button" to={localePath(locale, "/products")}>
            {t("cart.continue")}
          </Link>
        </div>
      ) : (
        <>
          <CartLines cart={cart} editable />
          <dl className="totals" data-testid="cart-totals">
            <dt>{t("cart.subtotal")}</dt>
            <dd>
              <Price amount={cart.itemTotal} />
            </dd>
          </dl>
          <p className="muted">{t("cart.shippingLater")}</p>
          <Form method="get" action={localePath(locale, "/checkout")}>
            <button type="submit" className="button button-large" data-testid="go-checkout">
              {t("cart.checkout")}
            </button>
          </Form>
        </>
      )}
    </section>
  )
}
