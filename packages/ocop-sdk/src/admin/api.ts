import type { MedusaClient } from "../http.js"
import type {
  AdminCreateOcopProducerBody,
  AdminIssueOcopCertificateBody,
  AdminOcopCertificateResponse,
  AdminOcopCertificatesQuery,
  AdminOcopCertificatesResponse,
  AdminOcopProducerDeleteResponse,
  AdminOcopProducerDetailResponse,
  AdminOcopProducerResponse,
  AdminOcopProducersQuery,
  AdminOcopProducersResponse,
  AdminOcopProductResponse,
  AdminOcopProfileResponse,
  AdminOcopReferenceResponse,
  AdminOrderPaymentDeadlineResponse,
  AdminRevokeOcopCertificateBody,
  AdminSetOcopProfileBody,
  AdminUnlockSignInBody,
  AdminUnlockSignInResponse,
  AdminUpdateOcopProducerBody,
} from "./types.js"

const segment = encodeURIComponent

/**
 * The OCOP office's routes (/admin/ocop/*) and the sign-in lock release (/admin/security/*). They need an admin user: the dashboard's session
 * cookie (js-sdk `auth: { type: "session" }`), an admin bearer token or a secret API key.
 */
export function createAdminOcopApi(medusa: MedusaClient) {
  const get = <T>(path: string, query?: object) =>
    medusa.client.fetch<T>(path, { method: "GET", query: query as Record<string, unknown> })
  const post = <T>(path: string, body: object) =>
    medusa.client.fetch<T>(path, { method: "POST", body })
  return {
    listProducers: (query: AdminOcopProducersQuery = {}) =>
      get<AdminOcopProducersResponse>("/admin/ocop/producers", query),
    retrieveProducer: (id: string) =>
      get<AdminOcopProducerDetailResponse>(`/admin/ocop/producers/${segment(id)}`),
    createProducer: (body: AdminCreateOcopProducerBody) =>
      post<AdminOcopProducerResponse>("/admin/ocop/producers", body),
    updateProducer: (id: string, body: AdminUpdateOcopProducerBody) =>
      post<AdminOcopProducerResponse>(`/admin/ocop/producers/${segment(id)}`, body),
    deleteProducer: (id: string) =>
      medusa.client.fetch<AdminOcopProducerDeleteResponse>(`/admin/ocop/producers/${segment(id)}`, {
        method: "DELETE",
      }),

    /** The product page's panel: profile, producer, certificate history and today's badge. */
    retrieveProduct: (productId: string) =>
      get<AdminOcopProductResponse>(`/admin/ocop/products/${segment(productId)}`),
    setProfile: (productId: string, body: AdminSetOcopProfileBody) =>
      post<AdminOcopProfileResponse>(`/admin/ocop/products/${segment(productId)}`, body),
    /** Records a recognition decision; a product that has one already is re-certified. */
    issueCertificate: (productId: string, body: AdminIssueOcopCertificateBody) =>
      post<AdminOcopCertificateResponse>(
        `/admin/ocop/products/${segment(productId)}/certificates`,
        body
      ),
    revokeCertificate: (certificateId: string, body: AdminRevokeOcopCertificateBody) =>
      post<AdminOcopCertificateResponse>(
        `/admin/ocop/certificates/${segment(certificateId)}/revoke`,
        body
      ),
    /** The renewal list: certificates in force whose last day falls within N days. */
    listExpiringCertificates: (query: AdminOcopCertificatesQuery = {}) =>
      get<AdminOcopCertificatesResponse>("/admin/ocop/certificates", query),

    reference: () => get<AdminOcopReferenceResponse>("/admin/ocop/reference"),

    /** The order page's unpaid-order deadline (VietQR checkout orders). */
    retrieveOrderPaymentDeadline: (orderId: string) =>
      get<AdminOrderPaymentDeadlineResponse>(
        `/admin/payments-vn/orders/${segment(orderId)}/payment-deadline`
      ),

    /** Lifts a sign-in lock (too many wrong passwords) before it runs out. */
    unlockSignIn: (body: AdminUnlockSignInBody) =>
      post<AdminUnlockSignInResponse>("/admin/security/sign-in-locks/unlock", body),
  }
}

export type AdminOcopApi = ReturnType<typeof createAdminOcopApi>
