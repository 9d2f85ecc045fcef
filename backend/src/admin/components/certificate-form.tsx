import { Button, toast } from "@medusajs/ui"
import type { IssuerLevel } from "@ocop/core"
import type { AdminOcopCertificate } from "@ocop/sdk"
import { useState } from "react"
import { both } from "../lib/labels"
import { useIssueCertificate, useOcopReference } from "../lib/ocop-queries"
import { FormDrawer } from "./form-drawer"
import { SelectField, TextField } from "./form-field"

const EMPTY = {
  stars: "4",
  score: "",
  decision_number: "",
  decision_date: "",
  issuer_name: "",
  issuer_level: "province",
  legal_basis: "148/QĐ-TTg",
  round_label: "",
  valid_to: "",
}

/**
 * Records a recognition decision (POST /admin/ocop/products/:id/certificates). With a current
 * certificate this is a re-certification: the server supersedes the old one.
 */
export const CertificateForm = ({
  productId,
  current,
}: {
  productId: string
  current: AdminOcopCertificate | null
}) => {
  const [open, setOpen] = useState(false)
  const [draft, setDraft] = useState(EMPTY)
  const reference = useOcopReference()
  const issue = useIssueCertificate(productId)
  const set = (key: keyof typeof EMPTY) => (value: string) => setDraft({ ...draft, [key]: value })
  const recertify = Boolean(current)

  const submit = () =>
    issue.mutate(
      {
        stars: Number(draft.stars),
        score: draft.score === "" ? null : Number(draft.score),
        decision_number: draft.decision_number,
        decision_date: draft.decision_date,
        issuer_name: draft.issuer_name,
        issuer_level: draft.issuer_level as IssuerLevel,
        legal_basis: draft.legal_basis,
        round_label: draft.round_label || null,
        ...(draft.valid_to ? { valid_to: draft.valid_to } : {}),
      },
      {
        onSuccess: () => {
          toast.success("Đã ghi chứng nhận · Certificate recorded")
          setOpen(false)
        },
      }
    )

  return (
    <FormDrawer
      open={open}
      onOpenChange={(next) => {
        if (next) setDraft(EMPTY)
        setOpen(next)
      }}
      title={recertify ? "Công nhận lại · Re-certify" : "Cấp chứng nhận · Issue certificate"}
      trigger={
        <Button size="small" variant="secondary">
          {recertify ? "Công nhận lại · Re-certify" : "Cấp chứng nhận · Issue"}
        </Button>
      }
      error={issue.error?.message}
      pending={issue.isPending}
      onSubmit={submit}
      submitLabel="Ghi chứng nhận · Record"
    >
      <SelectField
        id="stars"
        label="Hạng sao · Stars"
        value={draft.stars}
        onChange={set("stars")}
        options={["3", "4", "5"].map((value) => ({ value, label: `${value} ★` }))}
      />
      <TextField
        id="score"
        type="number"
        label="Điểm (0–100) · Score"
        value={draft.score}
        onChange={set("score")}
      />
      <TextField
        id="decision_number"
        label="Số quyết định · Decision number"
        value={draft.decision_number}
        onChange={set("decision_number")}
        hint="VD: 4261/QĐ-UBND"
      />
      <TextField
        id="decision_date"
        type="date"
        label="Ngày quyết định · Decision date"
        value={draft.decision_date}
        onChange={set("decision_date")}
      />
      <TextField
        id="issuer_name"
        label="Cơ quan cấp · Issuer"
        value={draft.issuer_name}
        onChange={set("issuer_name")}
        hint="VD: UBND tỉnh Lạng Sơn"
      />
      <SelectField
        id="issuer_level"
        label="Cấp công nhận · Issuer level"
        value={draft.issuer_level}
        onChange={set("issuer_level")}
        options={(reference.data?.issuer_levels ?? []).map((level) => ({
          value: level.code,
          label: both(level),
        }))}
      />
      <SelectField
        id="legal_basis"
        label="Căn cứ · Legal basis"
        value={draft.legal_basis}
        onChange={set("legal_basis")}
        options={(reference.data?.legal_bases ?? []).map((basis) => ({
          value: basis.code,
          label: `${basis.code} · ${basis.en}`,
        }))}
      />
      <TextField
        id="round_label"
        label="Đợt đánh giá · Round"
        value={draft.round_label}
        onChange={set("round_label")}
        hint="VD: đợt 3/2020"
      />
      <TextField
        id="valid_to"
        type="date"
        label="Hiệu lực đến · Valid to"
        value={draft.valid_to}
        onChange={set("valid_to")}
        hint="Để trống: 36 tháng từ ngày quyết định · Empty: 36 months from the decision"
      />
    </FormDrawer>
  )
}
