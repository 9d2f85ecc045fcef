import type { MiddlewareRoute } from "@medusajs/framework/http"

/**
 * The signature covers the exact bytes the bank sent, so the JSON parser must keep them
 * (req.rawBody). Body validation happens in the route, after the signature: an unsigned request
 * gets 401 whatever its body.
 */
export const hooksVietQrMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/hooks/vietqr",
    bodyParser: { preserveRawBody: true, sizeLimit: "64kb" },
  },
]
