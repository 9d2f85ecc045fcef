import { useTranslation } from "react-i18next"
import { useServices } from "../../app/services"
import type { LocalClerk } from "../../db/schema"
import { useLiveQuery } from "../../ui/hooks"
import { PinDialog } from "../session/PinDialog"

/** A manager of this register confirms with their own PIN; `onApproved` gets the manager. */
export function ManagerApproval(props: {
  reason: string
  onApproved: (manager: LocalClerk) => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const { db } = useServices()
  const managers = useLiveQuery(
    () => db.clerks.filter((clerk) => clerk.role === "manager").toArray(),
    [],
    []
  )
  return (
    <PinDialog
      title={t("discount.managerPin")}
      reason={props.reason}
      clerks={managers}
      activate={false}
      onSuccess={props.onApproved}
      onCancel={props.onCancel}
      testId="manager-approval"
    />
  )
}
