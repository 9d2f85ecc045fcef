import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { AdminUnlockSignIn } from "./validators"

// Authentication needs no rule here: Medusa guards every /admin route for admin users.
export const adminSecurityMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/admin/security/sign-in-locks/unlock",
    middlewares: [validateAndTransformBody(AdminUnlockSignIn)],
  },
]
