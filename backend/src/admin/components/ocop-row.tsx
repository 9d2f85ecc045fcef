import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** One "label: value" row of a detail panel, as the dashboard's own sections lay them out. */
export const OcopRow = ({
  label,
  testId,
  children,
}: {
  label: string
  testId?: string
  children: ReactNode
}) => (
  <div className="text-ui-fg-subtle grid grid-cols-2 items-start px-6 py-4">
    <Text size="small" weight="plus" leading="compact">
      {label}
    </Text>
    <div data-testid={testId} className="text-ui-fg-base txt-compact-small">
      {children ?? "—"}
    </div>
  </div>
)
