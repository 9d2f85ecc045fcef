import type { CertificateStatus } from "@ocop/core"

type BadgeColor = "green" | "orange" | "red" | "grey"

/** Certificate statuses, Vietnamese first, with the badge colour the dashboard uses. */
export const STATUS_LABELS: Record<
  CertificateStatus,
  { vi: string; en: string; color: BadgeColor }
> = {
  valid: { vi: "Còn hiệu lực", en: "Valid", color: "green" },
  expiring: { vi: "Sắp hết hạn", en: "Expiring", color: "orange" },
  expired: { vi: "Hết hạn", en: "Expired", color: "red" },
  revoked: { vi: "Đã thu hồi", en: "Revoked", color: "red" },
  superseded: { vi: "Đã được thay thế", en: "Superseded", color: "grey" },
}

/** "Tiếng Việt · English" as every label in our screens reads. */
export const both = (label: { vi: string; en: string }) => `${label.vi} · ${label.en}`

export const stars = (count: number) => "★".repeat(count) + "☆".repeat(Math.max(0, 5 - count))
