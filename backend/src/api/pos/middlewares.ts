import type { MiddlewareRoute } from "@medusajs/framework/http"
import { requirePosClerkUnlessSigningIn } from "./lib/session"
import { validatePosBody, validatePosParams, validatePosQuery } from "./lib/validate"
import {
  PosCashMovementSchema,
  PosCatalogQuerySchema,
  PosLockoutSchema,
  PosSaleSchema,
  PosSalesBatchSchema,
  PosShiftCloseSchema,
  PosShiftOpenSchema,
  PosSignInSchema,
  PosVietQrReferenceSchema,
} from "./validators"

/**
 * /pos is the tablet's API. Everything but sign-in needs a `pos_clerk` bearer token from a tablet
 * still paired with the register. A sale body may carry up to 200 lines; bodies above 512 kB (a
 * batch of sales: 4 MB) are refused by the parser (413) before any validation.
 */
export const posMiddlewares: MiddlewareRoute[] = [
  // One guard for the whole prefix, so a route added later cannot be public by omission.
  { matcher: "/pos/*", middlewares: [requirePosClerkUnlessSigningIn] },
  {
    method: ["POST"],
    matcher: "/pos/auth/sign-in",
    bodyParser: { sizeLimit: "8kb" },
    middlewares: [validatePosBody(PosSignInSchema)],
  },
  {
    method: ["GET"],
    matcher: "/pos/catalog",
    middlewares: [validatePosQuery(PosCatalogQuerySchema)],
  },
  {
    method: ["POST"],
    matcher: "/pos/sales",
    bodyParser: { sizeLimit: "512kb" },
    middlewares: [validatePosBody(PosSaleSchema)],
  },
  {
    method: ["POST"],
    matcher: "/pos/sales/batch",
    bodyParser: { sizeLimit: "4mb" },
    middlewares: [validatePosBody(PosSalesBatchSchema)],
  },
  {
    method: ["POST"],
    matcher: "/pos/shifts",
    bodyParser: { sizeLimit: "8kb" },
    middlewares: [validatePosBody(PosShiftOpenSchema)],
  },
  {
    method: ["POST"],
    matcher: "/pos/shifts/:id/cash-movements",
    bodyParser: { sizeLimit: "8kb" },
    middlewares: [validatePosBody(PosCashMovementSchema)],
  },
  {
    method: ["POST"],
    matcher: "/pos/shifts/:id/close",
    bodyParser: { sizeLimit: "8kb" },
    middlewares: [validatePosBody(PosShiftCloseSchema)],
  },
  {
    method: ["POST"],
    matcher: "/pos/lockouts",
    bodyParser: { sizeLimit: "8kb" },
    middlewares: [validatePosBody(PosLockoutSchema)],
  },
  {
    method: ["GET"],
    matcher: "/pos/vietqr/:reference",
    middlewares: [validatePosParams(PosVietQrReferenceSchema)],
  },
]
