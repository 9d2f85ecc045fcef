import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validatePosBody, validatePosQuery } from "../../pos/lib/validate"
import { AdminCreateClerkSchema, AdminPairDeviceSchema, AdminPosListSchema } from "./validators"

/** Managers (admin users: Medusa guards /admin) pair tablets, add clerks, review exceptions. */
export const adminPosMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/pos/registers/:id/devices",
    middlewares: [validatePosBody(AdminPairDeviceSchema)],
  },
  {
    method: ["POST"],
    matcher: "/admin/pos/registers/:id/clerks",
    middlewares: [validatePosBody(AdminCreateClerkSchema)],
  },
  {
    method: ["GET"],
    matcher: "/admin/pos/lockouts",
    middlewares: [validatePosQuery(AdminPosListSchema)],
  },
  {
    method: ["GET"],
    matcher: "/admin/pos/stock-exceptions",
    middlewares: [validatePosQuery(AdminPosListSchema)],
  },
]
