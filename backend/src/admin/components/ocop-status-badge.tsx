import { StatusBadge } from "@medusajs/ui"
import type { CertificateStatus } from "@ocop/core"
import { both, STATUS_LABELS } from "../lib/labels"

export const OcopStatusBadge = ({ status }: { status: CertificateStatus }) => {
  const label = STATUS_LABELS[status]
  return (
    <StatusBadge color={label.color} data-testid="ocop-status">
      {both(label)}
    </StatusBadge>
  )
}
