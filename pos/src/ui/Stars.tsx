/** The OCOP mark with its stars: shown only while the certificate allows it (badge rule). */
export function OcopStars(props: { stars: number | null; badge: boolean; compact?: boolean }) {
  if (!props.badge || !props.stars) return null
  return (
    <span className="ocop-stars" title={`OCOP ${props.stars}★`}>
      {props.compact ? null : <span className="ocop-mark">OCOP</span>}
      {"★".repeat(props.stars)}
    </span>
  )
}
