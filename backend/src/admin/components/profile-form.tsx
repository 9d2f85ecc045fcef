import { Button, Label, Switch, toast } from "@medusajs/ui"
import type { VatCategory } from "@ocop/core"
import type { AdminOcopProfile } from "@ocop/sdk"
import { useState } from "react"
import { both } from "../lib/labels"
import { useOcopProducers, useOcopReference, useSetProfile } from "../lib/ocop-queries"
import { FormDrawer } from "./form-drawer"
import { SelectField, TextField } from "./form-field"
import { PlaceFields } from "./place-fields"

interface ProfileDraft {
  product_group: string
  sub_group: string
  origin_label: string
  province_code: string
  ward_code: string
  legacy_district: string
  producer_id: string
  vat_category: string
  is_alcohol: boolean
  abv: string
}

const draftOf = (profile: AdminOcopProfile | null): ProfileDraft => ({
  product_group: profile?.product_group ?? "food",
  sub_group: profile?.sub_group ?? "",
  origin_label: profile?.origin_label ?? "",
  province_code: profile?.province_code ?? "",
  ward_code: profile?.ward_code ?? "",
  legacy_district: profile?.legacy_district ?? "",
  producer_id: profile?.producer_id ?? "",
  vat_category: profile?.vat_category ?? "standard",
  is_alcohol: profile?.is_alcohol ?? false,
  abv: profile?.abv == null ? "" : String(profile.abv),
})

const orNull = (value: string) => (value.trim() === "" ? null : value.trim())

/** Group, origin, producer and tax category of the product (POST /admin/ocop/products/:id). */
export const ProfileForm = ({
  productId,
  profile,
}: {
  productId: string
  profile: AdminOcopProfile | null
}) => {
  const [open, setOpen] = useState(false)
  const [draft, setDraft] = useState(() => draftOf(profile))
  const reference = useOcopReference()
  const producers = useOcopProducers()
  const save = useSetProfile(productId)
  const set = (key: Exclude<keyof ProfileDraft, "is_alcohol">) => (value: string) =>
    setDraft({ ...draft, [key]: value })
  const group = reference.data?.product_groups.find((g) => g.code === draft.product_group)
  const isAlcohol = draft.is_alcohol

  const submit = () =>
    save.mutate(
      {
        product_group: draft.product_group,
        sub_group: orNull(draft.sub_group),
        origin_label: orNull(draft.origin_label),
        province_code: draft.province_code.trim(),
        ward_code: orNull(draft.ward_code),
        legacy_district: orNull(draft.legacy_district),
        producer_id: orNull(draft.producer_id),
        vat_category: draft.vat_category as VatCategory,
        is_alcohol: isAlcohol,
        abv: isAlcohol && draft.abv !== "" ? Number(draft.abv) : null,
      },
      {
        onSuccess: () => {
          toast.success("Đã lưu hồ sơ OCOP · OCOP profile saved")
          setOpen(false)
        },
      }
    )

  return (
    <FormDrawer
      open={open}
      onOpenChange={(next) => {
        if (next) setDraft(draftOf(profile))
        setOpen(next)
      }}
      title="Hồ sơ OCOP · OCOP profile"
      trigger={
        <Button size="small" variant="secondary">
          {profile ? "Sửa hồ sơ · Edit profile" : "Tạo hồ sơ · Set profile"}
        </Button>
      }
      error={save.error?.message}
      pending={save.isPending}
      onSubmit={submit}
      submitLabel="Lưu · Save"
    >
      <SelectField
        id="product_group"
        label="Nhóm sản phẩm · Product group"
        value={draft.product_group}
        onChange={(value) => setDraft({ ...draft, product_group: value, sub_group: "" })}
        options={(reference.data?.product_groups ?? []).map((g) => ({
          value: g.code,
          label: `${g.number}. ${both(g)}`,
        }))}
      />
      <SelectField
        id="sub_group"
        label="Phân nhóm · Sub-group"
        value={draft.sub_group}
        onChange={set("sub_group")}
        allowNone="—"
        options={(group?.subGroups ?? []).map((s) => ({ value: s.code, label: both(s) }))}
      />
      <TextField
        id="origin_label"
        label="Nhãn xuất xứ · Origin label"
        value={draft.origin_label}
        onChange={set("origin_label")}
        hint="VD: Quýt vàng Bắc Sơn"
      />
      <PlaceFields draft={draft} set={set} />
      <SelectField
        id="producer_id"
        label="Chủ thể · Producer"
        value={draft.producer_id}
        onChange={set("producer_id")}
        allowNone="—"
        options={(producers.data?.producers ?? []).map((p) => ({ value: p.id, label: p.name }))}
      />
      <SelectField
        id="vat_category"
        label="Loại thuế GTGT · VAT category"
        value={draft.vat_category}
        onChange={set("vat_category")}
        options={(reference.data?.vat_categories ?? []).map((v) => ({
          value: v.code,
          label: both(v),
        }))}
      />
      <div className="flex items-center gap-x-2">
        <Switch
          id="is_alcohol"
          checked={isAlcohol}
          onCheckedChange={(checked) => setDraft({ ...draft, is_alcohol: checked })}
        />
        <Label htmlFor="is_alcohol" size="small">
          Đồ uống có cồn · Alcoholic drink
        </Label>
      </div>
      {isAlcohol && (
        <TextField
          id="abv"
          type="number"
          label="Độ cồn (% ABV) · Alcohol by volume"
          value={draft.abv}
          onChange={set("abv")}
        />
      )}
    </FormDrawer>
  )
}
