import { defineMiddlewares } from "@medusajs/framework/http"
import { abuseMiddlewares } from "./abuse/middlewares"
import { adminDraftOrdersMiddlewares } from "./admin/draft-orders/middlewares"
import { adminOcopMiddlewares } from "./admin/ocop/middlewares"
import { adminPaymentsVnMiddlewares } from "./admin/payments-vn/middlewares"
import { adminPosMiddlewares } from "./admin/pos/middlewares"
import { adminSecurityMiddlewares } from "./admin/security/middlewares"
import { hooksVietQrMiddlewares } from "./hooks/vietqr/middlewares"
import { posMiddlewares } from "./pos/middlewares"
import { storeCartsMiddlewares } from "./store/carts/middlewares"
import { storeOcopMiddlewares } from "./store/ocop/middlewares"
import { storePaymentsVnMiddlewares } from "./store/payments-vn/middlewares"

/** Each feature keeps its validation and auth rules beside its routes; this only gathers them. */
export default defineMiddlewares({
  routes: [
    ...adminOcopMiddlewares,
    ...adminDraftOrdersMiddlewares,
    ...storeOcopMiddlewares,
    ...storeCartsMiddlewares,
    ...adminPaymentsVnMiddlewares,
    ...storePaymentsVnMiddlewares,
    ...hooksVietQrMiddlewares,
    ...adminPosMiddlewares,
    ...posMiddlewares,
    ...adminSecurityMiddlewares,
    // abuse limits (sign-in, store writes, bank notifications): see abuse/middlewares.ts
    ...abuseMiddlewares(),
  ],
})
