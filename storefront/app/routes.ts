import { index, layout, prefix, type RouteConfig, route } from "@react-router/dev/routes"

/**
 * Vietnamese pages live at the root ("/products/quyt-vang-bac-son"), English ones under "/en"
 * (hreflang pairs). The same route files serve both: each locale gets its own route ids.
 */
function pages(lang: "vi" | "en") {
  const id = (name: string) => `${lang}:${name}`
  return [
    index("routes/home.tsx", { id: id("home") }),
    route("products", "routes/products.tsx", { id: id("products") }),
    route("products/:handle", "routes/product.tsx", { id: id("product") }),
    route("producers/:handle", "routes/producer.tsx", { id: id("producer") }),
    route("cart", "routes/cart.tsx", { id: id("cart") }),
    route("checkout", "routes/checkout.tsx", { id: id("checkout") }),
    route("orders/:id", "routes/order.tsx", { id: id("order") }),
    route("account", "routes/account.tsx", { id: id("account") }),
    route("account/login", "routes/login.tsx", { id: id("login") }),
    route("account/register", "routes/register.tsx", { id: id("register") }),
    route("info/:page", "routes/info.tsx", { id: id("info") }),
    route("*", "routes/not-found.tsx", { id: id("not-found") }),
  ]
}

export default [
  route("robots.txt", "routes/robots.ts"),
  route("sitemap.xml", "routes/sitemap.ts"),
  route("api/suggestions", "routes/api.suggestions.ts"),
  route("api/wards/:province", "routes/api.wards.ts"),
  route("api/orders/:id/payment", "routes/api.order-payment.ts"),
  layout("routes/shell.tsx", { id: "vi" }, pages("vi")),
  ...prefix("en", [layout("routes/shell.tsx", { id: "en" }, pages("en"))]),
] satisfies RouteConfig
