import { TextField } from "./form-field"

export interface PlaceDraft {
  province_code: string
  ward_code: string
  legacy_district: string
}

/**
 * Where a producer or a product comes from, in the 2025 units (province → ward) plus the former
 * district people still name it by; producer and product forms ask the same three things.
 */
export const PlaceFields = ({
  draft,
  set,
}: {
  draft: PlaceDraft
  set: (key: keyof PlaceDraft) => (value: string) => void
}) => (
  <>
    <TextField
      id="province_code"
      label="Mã tỉnh · Province code"
      value={draft.province_code}
      onChange={set("province_code")}
    />
    <TextField
      id="ward_code"
      label="Mã xã/phường · Ward code"
      value={draft.ward_code}
      onChange={set("ward_code")}
    />
    <TextField
      id="legacy_district"
      label="Huyện cũ (trước 7/2025) · Former district"
      value={draft.legacy_district}
      onChange={set("legacy_district")}
    />
  </>
)
