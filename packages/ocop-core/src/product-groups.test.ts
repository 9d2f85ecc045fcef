import {
  isValidGroup,
  PRODUCT_GROUP_CODES,
  PRODUCT_GROUPS,
  productGroup,
  productSubGroup,
} from "./product-groups"

describe("product groups", () => {
  it("has the six groups numbered 1–6", () => {
    expect(PRODUCT_GROUPS.map((g) => [g.number, g.code])).toEqual(
      PRODUCT_GROUP_CODES.map((code, index) => [index + 1, code])
    )
    expect(productGroup("medicinal-herbs")?.vi).toBe("Dược liệu và sản phẩm từ dược liệu")
    expect(productGroup("tourism")?.number).toBe(6)
  })

  it("has unique sub-group codes with names in both languages", () => {
    for (const group of PRODUCT_GROUPS) {
      const codes = group.subGroups.map((s) => s.code)
      expect(new Set(codes).size).toBe(codes.length)
      for (const sub of group.subGroups) {
        expect(sub.vi.normalize("NFC")).toBe(sub.vi)
        expect(sub.en).not.toBe("")
      }
    }
  })

  it("marks only the sub-groups confirmed by DOMAIN.md as verified", () => {
    const verified = PRODUCT_GROUPS.flatMap((g) =>
      g.subGroups.filter((s) => s.verified).map((s) => `${g.code}/${s.code}`)
    )
    expect(verified).toEqual([
      "food/fresh",
      "food/raw",
      "food/processed-grain",
      "food/processed-fruit-veg",
      "food/processed-meat",
    ])
  })

  it("maps the Bắc Sơn products", () => {
    expect(isValidGroup("food", "fresh")).toBe(true) // quýt vàng
    expect(isValidGroup("food", "raw")).toBe(true) // gạo nếp
    expect(isValidGroup("food", "processed-grain")).toBe(true) // bánh chưng
    expect(isValidGroup("beverage", "alcoholic")).toBe(true) // rượu men lá
  })

  it("rejects unknown groups and sub-groups of another group", () => {
    expect(isValidGroup("food")).toBe(true)
    expect(isValidGroup("food", null)).toBe(true)
    expect(isValidGroup("drinks")).toBe(false)
    expect(isValidGroup("drinks", "alcoholic")).toBe(false)
    expect(isValidGroup("food", "alcoholic")).toBe(false)
    expect(productSubGroup("beverage", "alcoholic")?.vi).toBe("Đồ uống có cồn")
    expect(productGroup("Food")).toBeUndefined()
  })
})
