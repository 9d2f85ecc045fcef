import { formatPrice } from "../lib/format"

/** An amount in đồng, always "120.000 ₫"; `null` (no price in this region) renders nothing. */
export function Price({ amount, className }: { amount: number | null; className?: string }) {
  if (amount === null) return null
  return (
    <span className={className ?? "price"} data-testid="price">
      {formatPrice(amount)}
    </span>
  )
}
