/** Who may hold an OCOP certificate (chủ thể OCOP). */
export const PRODUCER_KINDS = ["company", "cooperative", "cooperative_group", "household"] as const
export type ProducerKind = (typeof PRODUCER_KINDS)[number]

export const PRODUCER_KIND_NAMES: Readonly<Record<ProducerKind, { vi: string; en: string }>> = {
  company: { vi: "Doanh nghiệp", en: "Company" },
  cooperative: { vi: "Hợp tác xã", en: "Cooperative" },
  cooperative_group: { vi: "Tổ hợp tác", en: "Cooperative group" },
  household: { vi: "Hộ kinh doanh", en: "Household business" },
}

export function isProducerKind(value: unknown): value is ProducerKind {
  return typeof value === "string" && (PRODUCER_KINDS as readonly string[]).includes(value)
}
