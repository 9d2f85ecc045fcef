import { StatusBadge } from "@medusajs/ui"
import { both, STATUS_LABELS } from "../lib/labels"
import type { CertificateStatus } from "../lib/ocop-api"

export const OcopStatusBadge = ({ status }: { status: CertificateStatus }) => {
  const label = STATUS_LABELS[status]
  return (
    <StatusBadge color={label.color} data-testid="ocop-status">
      {both(label)}
    </StatusBadge>
  )
}
