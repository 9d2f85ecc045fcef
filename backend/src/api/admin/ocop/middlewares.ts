import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  AdminCreateOcopProducer,
  AdminGetOcopParams,
  AdminIssueOcopCertificate,
  AdminListExpiringOcopCertificates,
  AdminListOcopProducers,
  AdminRevokeOcopCertificate,
  AdminSetOcopProductProfile,
  AdminUpdateOcopProducer,
} from "./validators"

// Authentication needs no rule here: Medusa guards every /admin route for admin users.
const listConfig = { isList: true, defaults: ["id"] }
const retrieveConfig = { isList: false, defaults: ["id"] }

export const adminOcopMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/ocop/producers",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListOcopProducers, listConfig)],
  },
  {
    matcher: "/admin/ocop/producers",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreateOcopProducer)],
  },
  {
    matcher: "/admin/ocop/producers/:id",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminGetOcopParams, retrieveConfig)],
  },
  {
    matcher: "/admin/ocop/producers/:id",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateOcopProducer)],
  },
  {
    matcher: "/admin/ocop/products/:id",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminGetOcopParams, retrieveConfig)],
  },
  {
    matcher: "/admin/ocop/products/:id",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminSetOcopProductProfile)],
  },
  {
    matcher: "/admin/ocop/products/:id/certificates",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminIssueOcopCertificate)],
  },
  {
    matcher: "/admin/ocop/certificates",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListExpiringOcopCertificates, listConfig)],
  },
  {
    matcher: "/admin/ocop/certificates/:id/revoke",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminRevokeOcopCertificate)],
  },
]
