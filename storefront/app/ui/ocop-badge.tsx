import { useTranslation } from "react-i18next"

/**
 * The OCOP mark with its star sign. Callers render it only when the API says `badge: true` (the
 * certificate in force is valid on the request's day); an expired or revoked product shows none.
 */
export function OcopBadge({ stars, size = "small" }: { stars: number; size?: "small" | "large" }) {
  const { t } = useTranslation()
  return (
    <span
      className={`ocop-badge ocop-badge-${size}`}
      role="img"
      aria-label={t("ocop.badgeLabel", { stars })}
      data-testid="ocop-badge"
    >
      <span className="ocop-badge-mark" aria-hidden="true">
        OCOP
      </span>
      <span className="ocop-stars" aria-hidden="true">
        {"★".repeat(stars)}
        <span className="ocop-stars-off">{"★".repeat(Math.max(0, 5 - stars))}</span>
      </span>
    </span>
  )
}
