import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  AdminListEinvoiceRequestsSchema,
  AdminListTransfersSchema,
  AdminResolveTransferSchema,
  AdminVietQrConfirmSchema,
} from "./validators"

// The routes choose their own fields; the query config only carries validation.
const noFieldSelection = {}

/** Admin routes of the payments feature (Medusa guards /admin for admin users). */
export const adminPaymentsVnMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/payments-vn/vietqr/confirm",
    middlewares: [validateAndTransformBody(AdminVietQrConfirmSchema)],
  },
  {
    method: ["GET"],
    matcher: "/admin/payments-vn/vietqr/transfers",
    middlewares: [validateAndTransformQuery(AdminListTransfersSchema, noFieldSelection)],
  },
  {
    method: ["POST"],
    matcher: "/admin/payments-vn/vietqr/transfers/:id/resolve",
    middlewares: [validateAndTransformBody(AdminResolveTransferSchema)],
  },
  {
    method: ["GET"],
    matcher: "/admin/payments-vn/einvoice-requests",
    middlewares: [validateAndTransformQuery(AdminListEinvoiceRequestsSchema, noFieldSelection)],
  },
  {
    method: ["GET"],
    matcher: "/admin/payments-vn/einvoice-requests.csv",
    middlewares: [validateAndTransformQuery(AdminListEinvoiceRequestsSchema, noFieldSelection)],
  },
]
