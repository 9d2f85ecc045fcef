import { defineMiddlewares } from "@medusajs/framework/http"
import { adminOcopMiddlewares } from "./admin/ocop/middlewares"
import { storeOcopMiddlewares } from "./store/ocop/middlewares"

/** Each feature keeps its validation and auth rules beside its routes; this only gathers them. */
export default defineMiddlewares({
  routes: [...adminOcopMiddlewares, ...storeOcopMiddlewares],
})
