import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"

/** An error from our admin API; `message` names the field ("stars: must be …"). */
export class OcopApiError extends Error {
  constructor(
    message: string,
    readonly status: number
  ) {
    super(message)
  }
}

/** Same-origin call with the dashboard's session cookie. */
export async function ocopFetch<T>(
  path: string,
  init: { method?: string; body?: unknown } = {}
): Promise<T> {
  const hasBody = init.body !== undefined
  const response = await fetch(path, {
    method: init.method ?? "GET",
    credentials: "include",
    headers: hasBody ? { "content-type": "application/json" } : undefined,
    body: hasBody ? JSON.stringify(init.body) : undefined,
  })
  const payload = await response.json().catch(() => ({}))
  if (!response.ok) {
    throw new OcopApiError(payload.message ?? `HTTP ${response.status}`, response.status)
  }
  return payload as T
}

export type CertificateStatus = "valid" | "expiring" | "expired" | "revoked" | "superseded"

export interface Bilingual {
  vi: string
  en: string
}

export interface OcopCertificate {
  id: string
  product_id: string
  stars: number
  score: number | null
  decision_number: string
  decision_date_vi: string
  issuer_name: string
  issuer_level: string
  issuer_level_label?: Bilingual
  legal_basis: string
  round_label: string | null
  valid_from_vi: string
  valid_to: string
  valid_to_vi: string
  revoked_at: string | null
  revoked_at_vi: string | null
  revocation_reason: string | null
  superseded_by_id: string | null
  status: CertificateStatus
  badge: boolean
  days_until_expiry: number
  product?: { id: string; title: string; handle: string }
}

export interface OcopProducer {
  id: string
  handle: string
  name: string
  kind: string
  tax_id: string | null
  province_code: string
  ward_code: string | null
  legacy_district: string | null
  phone: string | null
}

export interface OcopProfile {
  id: string
  product_group: string
  sub_group: string | null
  origin_label: string | null
  province_code: string
  ward_code: string | null
  legacy_district: string | null
  producer_id: string | null
  is_alcohol: boolean
  abv: number | null
  vat_category: string
}

export interface OcopProductPanel {
  product: { id: string; title: string }
  profile: OcopProfile | null
  producer: OcopProducer | null
  current_certificate: OcopCertificate | null
  badge: boolean
  certificates: OcopCertificate[]
}

export interface OcopReference {
  product_groups: {
    code: string
    number: number
    vi: string
    en: string
    subGroups: ({ code: string } & Bilingual)[]
  }[]
  issuer_levels: ({ code: string } & Bilingual)[]
  legal_bases: { code: string; en: string }[]
  vat_categories: ({ code: string } & Bilingual)[]
  producer_kinds: ({ code: string } & Bilingual)[]
}

const OCOP = "ocop"

export const useOcopProduct = (productId: string) =>
  useQuery({
    queryKey: [OCOP, "product", productId],
    queryFn: () => ocopFetch<OcopProductPanel>(`/admin/ocop/products/${productId}`),
  })

export const useOcopReference = () =>
  useQuery({
    queryKey: [OCOP, "reference"],
    queryFn: () => ocopFetch<OcopReference>("/admin/ocop/reference"),
    staleTime: Number.POSITIVE_INFINITY,
  })

export const useOcopProducers = () =>
  useQuery({
    queryKey: [OCOP, "producers"],
    queryFn: () =>
      ocopFetch<{ producers: OcopProducer[]; count: number }>("/admin/ocop/producers?limit=200"),
  })

export const useExpiringCertificates = (days: number) =>
  useQuery({
    queryKey: [OCOP, "certificates", days],
    queryFn: () =>
      ocopFetch<{ certificates: OcopCertificate[]; count: number }>(
        `/admin/ocop/certificates?expiring_within_days=${days}&include_expired=true`
      ),
  })

/** A POST to our admin API that refreshes every OCOP query when it succeeds. */
export function useOcopPost<TBody, TResult = unknown>(path: string) {
  const client = useQueryClient()
  return useMutation<TResult, OcopApiError, TBody>({
    mutationFn: (body) => ocopFetch<TResult>(path, { method: "POST", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: [OCOP] }),
  })
}
