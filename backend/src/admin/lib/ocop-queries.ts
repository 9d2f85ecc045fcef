import type {
  AdminCreateOcopProducerBody,
  AdminIssueOcopCertificateBody,
  AdminRevokeOcopCertificateBody,
  AdminSetOcopProfileBody,
  FetchError,
} from "@ocop/sdk"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { ocop } from "./ocop-client"

const OCOP = "ocop"

export const useOcopProduct = (productId: string) =>
  useQuery({
    queryKey: [OCOP, "product", productId],
    queryFn: () => ocop.admin.retrieveProduct(productId),
  })

export const useOcopReference = () =>
  useQuery({
    queryKey: [OCOP, "reference"],
    queryFn: () => ocop.admin.reference(),
    staleTime: Number.POSITIVE_INFINITY,
  })

export const useOcopProducers = () =>
  useQuery({
    queryKey: [OCOP, "producers"],
    queryFn: () => ocop.admin.listProducers({ limit: 200 }),
  })

export const useExpiringCertificates = (days: number) =>
  useQuery({
    queryKey: [OCOP, "certificates", days],
    queryFn: () =>
      ocop.admin.listExpiringCertificates({ expiring_within_days: days, include_expired: true }),
  })

/**
 * A write to our admin API that refreshes every OCOP query when it succeeds. The error's message
 * comes from the API and names the field ("stars: must be …").
 */
function useOcopWrite<TBody, TResult>(write: (body: TBody) => Promise<TResult>) {
  const client = useQueryClient()
  return useMutation<TResult, FetchError, TBody>({
    mutationFn: write,
    onSuccess: () => client.invalidateQueries({ queryKey: [OCOP] }),
  })
}

export const useCreateProducer = () =>
  useOcopWrite((body: AdminCreateOcopProducerBody) => ocop.admin.createProducer(body))

export const useSetProfile = (productId: string) =>
  useOcopWrite((body: AdminSetOcopProfileBody) => ocop.admin.setProfile(productId, body))

export const useIssueCertificate = (productId: string) =>
  useOcopWrite((body: AdminIssueOcopCertificateBody) =>
    ocop.admin.issueCertificate(productId, body)
  )

export const useRevokeCertificate = (certificateId: string) =>
  useOcopWrite((body: AdminRevokeOcopCertificateBody) =>
    ocop.admin.revokeCertificate(certificateId, body)
  )
