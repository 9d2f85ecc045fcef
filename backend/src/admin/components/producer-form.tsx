import { Button, toast } from "@medusajs/ui"
import type { ProducerKind } from "@ocop/core"
import { useState } from "react"
import { both } from "../lib/labels"
import { useCreateProducer, useOcopReference } from "../lib/ocop-queries"
import { FormDrawer } from "./form-drawer"
import { SelectField, TextField } from "./form-field"
import { PlaceFields } from "./place-fields"

const EMPTY = {
  name: "",
  kind: "cooperative",
  tax_id: "",
  province_code: "",
  ward_code: "",
  legacy_district: "",
  address_line: "",
  phone: "",
}

const orNull = (value: string) => (value.trim() === "" ? null : value.trim())

/** Creates a producer (chủ thể OCOP); the handle is derived from the name by the server. */
export const ProducerForm = () => {
  const [open, setOpen] = useState(false)
  const [draft, setDraft] = useState(EMPTY)
  const reference = useOcopReference()
  const create = useCreateProducer()
  const set = (key: keyof typeof EMPTY) => (value: string) => setDraft({ ...draft, [key]: value })
  const submit = () =>
    create.mutate(
      {
        name: draft.name,
        kind: draft.kind as ProducerKind,
        tax_id: orNull(draft.tax_id),
        province_code: draft.province_code.trim(),
        ward_code: orNull(draft.ward_code),
        legacy_district: orNull(draft.legacy_district),
        address_line: orNull(draft.address_line),
        phone: orNull(draft.phone),
      },
      {
        onSuccess: () => {
          toast.success("Đã thêm chủ thể · Producer added")
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
      title="Thêm chủ thể · New producer"
      trigger={<Button size="small">Thêm · Add</Button>}
      error={create.error?.message}
      pending={create.isPending}
      onSubmit={submit}
      submitLabel="Lưu · Save"
    >
      <TextField id="name" label="Tên · Name" value={draft.name} onChange={set("name")} />
      <SelectField
        id="kind"
        label="Loại hình · Kind"
        value={draft.kind}
        onChange={set("kind")}
        options={(reference.data?.producer_kinds ?? []).map((k) => ({
          value: k.code,
          label: both(k),
        }))}
      />
      <TextField
        id="tax_id"
        label="Mã số thuế · Tax id"
        value={draft.tax_id}
        onChange={set("tax_id")}
        hint="10 số, 10-3 (chi nhánh) hoặc 12 số CCCD · 10 digits, 10-3 branch or 12-digit id"
      />
      <PlaceFields draft={draft} set={set} />
      <TextField
        id="address_line"
        label="Địa chỉ · Address"
        value={draft.address_line}
        onChange={set("address_line")}
      />
      <TextField
        id="phone"
        label="Điện thoại · Phone"
        value={draft.phone}
        onChange={set("phone")}
      />
    </FormDrawer>
  )
}
