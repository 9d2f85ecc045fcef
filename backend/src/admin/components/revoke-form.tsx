import { Button, toast } from "@medusajs/ui"
import type { AdminOcopCertificate } from "@ocop/sdk"
import { useState } from "react"
import { useRevokeCertificate } from "../lib/ocop-queries"
import { FormDrawer } from "./form-drawer"
import { TextField } from "./form-field"

/** Revokes the current certificate: the product stays on sale without the OCOP badge. */
export const RevokeForm = ({ certificate }: { certificate: AdminOcopCertificate }) => {
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState("")
  const [revokedAt, setRevokedAt] = useState("")
  const revoke = useRevokeCertificate(certificate.id)
  const submit = () =>
    revoke.mutate(
      { reason, ...(revokedAt ? { revoked_at: revokedAt } : {}) },
      {
        onSuccess: () => {
          toast.success("Đã thu hồi chứng nhận · Certificate revoked")
          setOpen(false)
        },
      }
    )
  return (
    <FormDrawer
      open={open}
      onOpenChange={setOpen}
      title={`Thu hồi ${certificate.decision_number} · Revoke`}
      trigger={
        <Button size="small" variant="danger">
          Thu hồi · Revoke
        </Button>
      }
      error={revoke.error?.message}
      pending={revoke.isPending}
      onSubmit={submit}
      submitLabel="Thu hồi · Revoke"
    >
      <TextField id="reason" label="Lý do · Reason" value={reason} onChange={setReason} />
      <TextField
        id="revoked_at"
        type="date"
        label="Ngày thu hồi · Revoked on"
        value={revokedAt}
        onChange={setRevokedAt}
        hint="Để trống: hôm nay · Empty: today"
      />
    </FormDrawer>
  )
}
