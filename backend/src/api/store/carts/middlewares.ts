import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { StoreAgeConfirmationSchema, StoreEinvoiceRequestSchema } from "./validators"

/** Our additions to a store cart (Medusa checks the publishable key for /store). */
export const storeCartsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/carts/:id/age-confirmation",
    middlewares: [validateAndTransformBody(StoreAgeConfirmationSchema)],
  },
  {
    method: ["POST"],
    matcher: "/store/carts/:id/einvoice-request",
    middlewares: [validateAndTransformBody(StoreEinvoiceRequestSchema)],
  },
]
