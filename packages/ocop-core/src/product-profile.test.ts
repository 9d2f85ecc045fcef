import { normalizeProfileFields, productSearchKey } from "./product-profile"

describe("normalizeProfileFields", () => {
  it("cleans the text fields and accepts a known group, sub-group and VAT category", () => {
    const { data, problems } = normalizeProfileFields({
      product_group: " food ",
      sub_group: "fresh",
      origin_label: "Quýt vàng Bắc Sơn".normalize("NFD"),
      province_code: "20",
      ward_code: "",
      producer_id: "  ",
      vat_category: "fresh_produce",
      abv: null,
    })
    expect(problems).toEqual([])
    expect(data).toEqual({
      product_group: "food",
      sub_group: "fresh",
      origin_label: "Quýt vàng Bắc Sơn".normalize("NFC"),
      province_code: "20",
      ward_code: null,
      producer_id: null,
      vat_category: "fresh_produce",
      abv: null,
    })
  })

  it("names each broken rule by its field", () => {
    const fields = (input: Parameters<typeof normalizeProfileFields>[0]) =>
      normalizeProfileFields(input).problems.map((problem) => problem.field)
    expect(fields({ product_group: "toys", province_code: "20" })).toEqual(["product_group"])
    expect(fields({ province_code: "20" })).toEqual(["product_group"])
    expect(fields({ product_group: "food", sub_group: "wine", province_code: "20" })).toEqual([
      "sub_group",
    ])
    expect(
      fields({
        product_group: "beverage",
        province_code: " ",
        abv: 120,
        vat_category: "luxury" as "standard",
      })
    ).toEqual(["province_code", "abv", "vat_category"])
    expect(fields({ product_group: "beverage", province_code: "20", abv: Number.NaN })).toEqual([
      "abv",
    ])
    expect(fields({ product_group: "beverage", province_code: "20", abv: -1 })).toEqual(["abv"])
  })
})

describe("productSearchKey", () => {
  it("joins title, origin, producer and former district without tones, skipping blanks", () => {
    expect(
      productSearchKey({
        title: "Rượu men lá suối Mỏ Mắm",
        origin_label: null,
        producer_name: "HTX Đồng Tiến",
        legacy_district: "Bắc Sơn",
      })
    ).toBe("ruou men la suoi mo mam htx dong tien bac son")
    expect(productSearchKey({})).toBe("")
  })
})
