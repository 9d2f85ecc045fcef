import { useQuery } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"

interface WardOption {
  code: string
  name: string
}

/**
 * Province → ward selectors over the 2025 units. The 34 provinces come with the page; a province's
 * wards are fetched when it is chosen (the page never carries all 3,321).
 */
export default function AddressUnits({
  provinces,
  initialWards,
  provinceCode,
  wardCode,
  onProvinceChange,
  errors,
}: {
  provinces: WardOption[]
  initialWards: WardOption[]
  provinceCode: string
  wardCode: string
  onProvinceChange: (code: string) => void
  errors: { province?: string; ward?: string }
}) {
  const { t } = useTranslation()
  const wards = useQuery({
    queryKey: ["wards", provinceCode],
    queryFn: async ({ signal }) => {
      const response = await fetch(`/api/wards/${encodeURIComponent(provinceCode)}`, { signal })
      if (!response.ok) throw new Error(`wards ${response.status}`)
      return ((await response.json()) as { wards: WardOption[] }).wards
    },
    enabled: provinceCode !== "",
    initialData: initialWards.length > 0 ? initialWards : undefined,
    staleTime: Number.POSITIVE_INFINITY,
  })
  return (
    <>
      <div className="field">
        <label htmlFor="province_code">{t("checkout.province")}</label>
        <select
          id="province_code"
          name="province_code"
          value={provinceCode}
          onChange={(event) => onProvinceChange(event.target.value)}
          aria-invalid={errors.province ? true : undefined}
          aria-describedby={errors.province ? "province_code-error" : undefined}
          data-testid="province"
        >
          <option value="">{t("checkout.chooseProvince")}</option>
          {provinces.map((province) => (
            <option key={province.code} value={province.code}>
              {province.name}
            </option>
          ))}
        </select>
        {errors.province && (
          <span id="province_code-error" className="field-error">
            {errors.province}
          </span>
        )}
      </div>
      <div className="field">
        <label htmlFor="ward_code">{t("checkout.ward")}</label>
        <select
          id="ward_code"
          name="ward_code"
          defaultValue={wardCode}
          key={provinceCode}
          disabled={!wards.data}
          aria-invalid={errors.ward ? true : undefined}
          aria-describedby={errors.ward ? "ward_code-error" : undefined}
          data-testid="ward"
        >
          <option value="">
            {wards.isFetching ? t("checkout.loadingWards") : t("checkout.chooseWard")}
          </option>
          {(wards.data ?? []).map((ward) => (
            <option key={ward.code} value={ward.code}>
              {ward.name}
            </option>
          ))}
        </select>
        {errors.ward && (
          <span id="ward_code-error" className="field-error">
            {errors.ward}
          </span>
        )}
      </div>
    </>
  )
}
